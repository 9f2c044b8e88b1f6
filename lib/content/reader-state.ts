/**
 * What readers get of a story, from its row in `articles` — one rule, in SQL, for the site (a story's
 * URL: the page, 404 or 410 Gone; every listing reads live stories only) and for the newsroom (the
 * stories' list says which of these each one is: Payload's own status says only whether the latest
 * save was published, and calls a story taken down "changed", like one with edits waiting).
 *
 * - live: published, and its publication time has come;
 * - scheduled: published for a time still ahead;
 * - withdrawn: taken down after readers could see it (its first publication has passed) — 410;
 * - unpublished: never seen by readers (a draft, or a schedule called off before it came due) — 404.
 */
export const READER_STATES = ['live', 'scheduled', 'withdrawn', 'unpublished'] as const;
export type ReaderState = (typeof READER_STATES)[number];

/**
 * A story readers may see, over the table's alias: published, and its publication time has come.
 * `clock` is the SQL for now: the transaction's start (now()) for readers' queries; a newsroom save
 * asking inside its own transaction, begun before it stamped the publication time, passes
 * clock_timestamp() — by now() a story it had just published was still "scheduled".
 */
export const liveAs = (alias: string, clock = 'now()') => `${alias}._status = 'published' AND ${alias}.published_at <= ${clock}`;

/** The story's ReaderState, as an SQL expression over the table's alias. */
export const readerStateAs = (alias: string, clock = 'now()') =>
  `CASE WHEN ${liveAs(alias, clock)} THEN 'live'
        WHEN ${alias}._status = 'published' AND ${alias}.published_at > ${clock} THEN 'scheduled'
        WHEN ${alias}.first_published_at <= ${clock} THEN 'withdrawn'
        ELSE 'unpublished' END`;
