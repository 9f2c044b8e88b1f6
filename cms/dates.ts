import type { CollectionBeforeChangeHook, DateFieldValidation, PayloadRequest } from 'payload';
import { date } from 'payload/shared';
import { site } from '@/lib/site';
import { isRealDate } from './calendar';
import { newsroomText, type NewsroomTranslationKey } from './translations';

/**
 * The newsroom's date fields: how the picker shows and reads a date, and which dates a story can
 * have. The picker reads what is typed in the order it shows (day first, as Cairo writes dates:
 * "1/12/2026" is the first of December, not the twelfth of January) and offers every five minutes.
 *
 * What it reads is given as a list of patterns (the first is how it shows a date): given one, the
 * picker (react-datepicker) fell back to the browser's own reading of anything the pattern did not
 * match — month first — so «08/01/27 10:00» became 1 August 2027, «31/04/2027» the last day of 2026
 * and «25:00» two o'clock. With a list it takes only what a pattern reads, day first, with or
 * without leading zeros; anything else is not taken, and the field keeps the date it had.
 */
export const DAY_AND_TIME = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd/MM/yyyy HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 5,
  overrides: { dateFormat: ['dd/MM/yyyy HH:mm', 'd/M/yyyy H:mm'] as string[] },
} as const;
export const DAY_ONLY = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy', overrides: { dateFormat: ['dd/MM/yyyy', 'd/M/yyyy'] as string[] } } as const;

/** A clock a little ahead of the database's, or of the editor's computer. */
const CLOCK_SLACK_MS = 5 * 60_000;
/** A story is scheduled a year ahead at most: "3026" for 2026 is a slip of the keyboard. */
const SCHEDULE_AHEAD_MS = 366 * 86_400_000;
/** Breaking news is about now: a strip that stays a week is no longer breaking. */
export const BREAKING_MAX_DAYS = 7;

const at = (value: unknown) => Date.parse(String(value));

/** Where a save notes, by document id, that the version it starts from is a draft (`req.context`). */
const FROM_DRAFT = 'datesFromDraft';

/**
 * A story's first beforeChange: notes when the version a save starts from is a draft. Payload stores
 * a draft's dates unchecked (it validates no draft), so those dates are checked when it is published
 * — a story saved as a draft dated 1900, or 2099, then published with `{ "_status": "published" }`,
 * went live dated 1900, or was scheduled for 2099, because its date was "unchanged".
 */
export const noteDraftDates: CollectionBeforeChangeHook = ({ operation, originalDoc, req, data }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const drafts = ((req.context[FROM_DRAFT] as Record<string, boolean> | undefined) ??= {});
    drafts[String(originalDoc.id)] = originalDoc._status !== 'published';
  }
  return data;
};

/**
 * A date the document already had, checked when it was saved, is not questioned again: re-saving an
 * old story for a typo must not fail on its date. A date a draft stored was never checked (Payload
 * validates no draft), so it is checked when the draft is published (noteDraftDates).
 */
function unchanged(value: unknown, { previousValue, id, req }: { previousValue?: unknown; id?: number | string; req: PayloadRequest }): boolean {
  if (previousValue === undefined || previousValue === null || at(value) !== at(previousValue)) return false;
  return id === undefined || (req.context[FROM_DRAFT] as Record<string, boolean> | undefined)?.[String(id)] !== true;
}
const say = (options: { req: { t: unknown } }, key: NewsroomTranslationKey, values?: Record<string, string | number>) => newsroomText(options.req as never, key, values);

/** Payload's own check of a date field, then isRealDate's. */
function realDate(value: unknown, options: Parameters<DateFieldValidation>[1]): string | true {
  // Payload's date check is synchronous (its type allows a promise).
  const base = date(value as never, options as never) as string | true;
  if (base !== true || !value) return base;
  return isRealDate(value) ? true : say(options, 'notADate');
}

/** A date with no rule of its own but the calendar's (the masthead's terms). */
export const calendarDate: DateFieldValidation = (value, options) => realDate(value, options);

/**
 * When readers may first see a story: not before the paper's archive begins (site config: an
 * importer's empty date, 0001-01-01, had been stored and took every listing that showed it down),
 * and not more than a year ahead.
 */
export const publicationTime: DateFieldValidation = (value, options) => {
  const base = realDate(value, options);
  if (base !== true || !value || unchanged(value, options)) return base;
  if (at(value) < Date.parse(site.archiveFrom)) return say(options, 'publishedBeforeArchive', { date: site.archiveFrom });
  if (at(value) > Date.now() + SCHEDULE_AHEAD_MS) return say(options, 'scheduledTooFar');
  return true;
};

/**
 * A time a story was changed, shown to readers as its last update (a revision, a correction): a
 * time that has been, and not before the story went out — a mistyped year printed "updated 5 May
 * 2031" on the page and in the sitemap.
 */
export const changeTime: DateFieldValidation = (value, options) => {
  const base = realDate(value, options);
  if (base !== true || !value || unchanged(value, options)) return base;
  if (at(value) > Date.now() + CLOCK_SLACK_MS) return say(options, 'revisedInFuture');
  const published = (options.data as { publishedAt?: string | null } | undefined)?.publishedAt;
  // A minute's slack: the picker sets whole minutes, and a story goes out at its second.
  if (published && at(value) < at(published) - 60_000) return say(options, 'revisedBeforePublished');
  return true;
};

/** When a breaking-news line leaves the pages: later than now (an expiry already past was saved and never shown), within a week. */
export const breakingExpiry: DateFieldValidation = (value, options) => {
  const base = realDate(value, options);
  if (base !== true || !value || unchanged(value, options)) return base;
  if (at(value) <= Date.now()) return say(options, 'expiryPassed');
  if (at(value) > Date.now() + BREAKING_MAX_DAYS * 86_400_000) return say(options, 'expiryTooFar', { days: BREAKING_MAX_DAYS });
  return true;
};
