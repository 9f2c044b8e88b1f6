import { query } from '@/lib/db/pool';
import type { Locale } from '@/lib/locales';
import { MAX_SEARCH_PAGE } from '@/lib/search/query';
import { foldLatinNamesOnce, type LatinName, type Named, withLatinNames } from '@/lib/search/latin-names';
import { closestCandidates, MIN_RESPELLED_LENGTH, RESPELL_CANDIDATES, respelling, swappedSpellings, USES_COUNTED } from '@/lib/search/respell';
import type { ArticleTeaser, Page } from '../types';
import { LIVE, page, TEASER_COLUMNS, TEASER_FROM, type TeaserRow } from './rows';

/**
 * One page of search results for whole-word terms. Each term set of article_search (cms/migrations/
 * 20261129_120000_search.ts) gives its newest `offset + page + 1` live matches, read period by period
 * from the newest (alwafd_search_newest, 20261129_140000_search_periods.ts, 20261201_130000_search_windows_first.ts), and
 * they are ranked: headline (1), summary (2), body as typed (3), stems only (4), newest first within
 * each. That many from each set is enough: a story on this page of tier t has fewer newer matches in
 * set t than that, all ranked before it. Each set is asked only when the sets before it found fewer
 * than that many stories together: the page then holds nothing of a later tier. So a query the
 * headlines answer reads the headlines' index alone — the smallest; at a million stories nearly every
 * one-word query and about half the two-word ones (a larger archive has more headlines to answer
 * with). A page of a rarer query asks the summaries, then the bodies, then the stems.
 *
 * A story's tier is the first set that returned it. For a story that can be on the page that is its
 * true tier (it is among its own set's newest, and matches no set before it); any other can only be
 * ranked later than it should, behind the page. So no story's term sets are read again to rank it —
 * they are the largest values in the database, stored out of line.
 *
 * That cascade is a database function, alwafd_search_hits (cms/migrations/20261205_160000_search_plans_kept.ts),
 * whose plan each connection makes once: planning it with every search cost more than running it.
 * This statement joins the stories it names to their teasers.
 *
 * Parameters: $1 edition, $2 the query's words, $3 page size + 1, $4 matches wanted from each set,
 * $5 offset, $6 the query's words with the hamza's seat left out, for the stems
 * (cms/migrations/20261130_170000_search_hamza_seats.ts).
 */
export const SEARCH_RANKED = `
  SELECT ${TEASER_COLUMNS} FROM alwafd_search_hits($1, $2, $4, $6) AS hits JOIN ${TEASER_FROM} ON a.id = hits.id
  WHERE ${LIVE}
  ORDER BY hits.tier, a.published_at DESC, a.id DESC
  LIMIT $3 OFFSET $5`;

/** `seatless`: the query's words with the hamza's seat left out (its stems match «مسئولية» and «مسؤولية» alike). */
export function searchPage(locale: Locale, words: readonly string[], pageNumber: number, pageSize: number, seatless: readonly string[] = words): Promise<Page<ArticleTeaser>> {
  const offset = (pageNumber - 1) * pageSize;
  const rows = query<TeaserRow>(SEARCH_RANKED, [locale, words.join(' '), pageSize + 1, offset + pageSize + 1, offset, seatless.join(' ')]);
  return page(rows, pageNumber, pageSize).then((found) => ({ ...found, hasNext: found.hasNext && pageNumber < MAX_SEARCH_PAGE }));
}

/**
 * A query that found nothing, with each word no published story ever contained replaced by the
 * closest one that some did (lib/search/respell: pg_trgm over search_lexicon gives the candidates, with
 * the word's swapped spellings the lexicon knows, most alike first, ties in code-point order; of equally
 * close ones, the one more of the edition's live stories use); undefined when nothing changes.
 */
export async function respell(words: readonly string[], locale: Locale): Promise<string[] | undefined> {
  // Each word's spellings with two neighbouring letters swapped, which trigrams miss, numbered as the words are.
  const swaps = words.flatMap((word, i) => swappedSpellings(word).map((spelling) => [i + 1, spelling] as const));
  // Each check of a word against the lexicon is a probe of its index for that word (OFFSET 0 keeps the
  // check from being pulled up into a join): as a join, the planner hashed the whole lexicon when it
  // guessed many spellings (thousands, in psql at 20,000 stories: BENCHMARKS.md, CI67) — cheap while a
  // lexicon is small, a read of every word a newsroom ever printed as it grows.
  const rows = await query<{ n: string; candidate: string }>(
    `WITH unknown AS (
       SELECT t.word, t.n FROM unnest($1::text[]) WITH ORDINALITY AS t(word, n)
       WHERE length(t.word) >= $2 AND NOT EXISTS (SELECT 1 FROM search_lexicon k WHERE k.word = t.word OFFSET 0))
     SELECT u.n, c.word AS candidate
     FROM unknown u CROSS JOIN LATERAL (
       SELECT found.word, similarity(found.word, u.word) AS score FROM (
         -- The lexicon may list a word twice (no unique index, on purpose): each candidate once, as in memory.
         (SELECT l.word FROM search_lexicon l WHERE l.word % u.word
          GROUP BY l.word ORDER BY similarity(l.word, u.word) DESC, l.word COLLATE "C" LIMIT $3)
         UNION
         SELECT s.word FROM unnest($4::int[], $5::text[]) AS s(n, word)
         WHERE s.n = u.n AND EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = s.word OFFSET 0)
       ) found) c
     ORDER BY u.n, c.score DESC, c.word COLLATE "C"`,
    [words, MIN_RESPELLED_LENGTH, RESPELL_CANDIDATES, swaps.map(([n]) => n), swaps.map(([, spelling]) => spelling)],
  );
  const ties = words.map((word, i) => closestCandidates(word, rows.filter((row) => Number(row.n) === i + 1).map((row) => row.candidate)));
  // Only equally close candidates are weighed by use: counted once, for those alone.
  const tied = [...new Set(ties.filter((list) => list.length > 1).flat())];
  const uses = new Map<string, number>();
  if (tied.length) {
    const counted = await query<{ word: string; uses: number }>(
      `SELECT c.word, (SELECT count(*)::int FROM (
         SELECT 1 FROM article_search s
         WHERE (s.words || alwafd_search_periods(s.edition, s.published_at)) @@ quote_literal(c.word)::tsquery
           AND s.status = 'published' AND s.edition = $2 AND s.published_at <= now()
         LIMIT $3) used) AS uses
       FROM unnest($1::text[]) AS c(word)`,
      [tied, locale, USES_COUNTED],
    );
    for (const { word, uses: n } of counted) uses.set(word, n);
  }
  const corrected = words.map((word, i) => respelling(word, ties[i]!, (candidate) => uses.get(candidate) ?? 0) ?? word);
  if (corrected.every((word, i) => word === words[i])) return undefined;
  return [...new Set(corrected)];
}

/**
 * A query that found nothing, with each spelling of the newsroom's names in Latin letters in it
 * replaced by the name (lib/search/latin-names); undefined when it holds none. The list is short (a
 * newsroom's brands and foreign titles) and read whole — only for a query that found nothing, so no
 * other search pays for it — and folded in the process, once per change.
 */
export async function latinNamed(words: readonly string[]): Promise<Named | undefined> {
  const names = await query<LatinName>(`SELECT name, spellings FROM latin_names ORDER BY id`);
  return withLatinNames(words, foldLatinNamesOnce(names));
}
