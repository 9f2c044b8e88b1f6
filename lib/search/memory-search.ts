import { bodyText } from '@/lib/content/body';
import type { Article, ArticleTeaser, SearchResults } from '@/lib/content/types';
import type { Locale } from '@/lib/locales';
import { foldLatinNames, type FoldedNames, type LatinName, withLatinNames } from './latin-names';
import { stem, terms, words, type Terms } from './normalize';
import { MAX_SEARCH_PAGE } from './query';
import { MIN_LEXICON_LENGTH, MIN_RESPELLED_LENGTH, RESPELL_CANDIDATES, respelling, swappedSpellings } from './respell';
import { inLikenessOrder, mostAlike } from './trigram';

/**
 * Search over articles held in memory, the way the database answers it (lib/content/postgres/search.ts
 * and the functions of cms/migrations/20261129_120000_search.ts): the same terms (lib/search/normalize),
 * the same four tiers, newest first within a tier, the same names in Latin letters (lib/search/latin-names)
 * and respelling of unknown words for a query that found nothing. Small and
 * linear on purpose: it serves unit tests and fixtures, never an archive.
 */

/** The database indexes at most this much of a body (a story of some 15,000 words); so does this. */
export const MAX_INDEXED_BODY = 100_000;

interface Entry {
  article: Article;
  title: ReadonlySet<string>;
  head: ReadonlySet<string>;
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

const all = (wanted: readonly string[], have: ReadonlySet<string>) => wanted.every((w) => have.has(w));

/** 1: every word in the headline; 2: in headline or summary; 3: anywhere, as typed; 4: anywhere, by stems; undefined: not a match. */
function tier(entry: Entry, query: Terms): number | undefined {
  if (all(query.words, entry.title)) return 1;
  if (all(query.words, entry.head)) return 2;
  if (all(query.words, entry.words)) return 3;
  if (all(query.stems, entry.stems)) return 4;
  return undefined;
}

export class MemorySearch {
  private readonly entries: Entry[];
  /** Each word any story uses, in either edition: the words a query may be respelled as (PostgreSQL's search_lexicon). */
  private readonly lexicon = new Set<string>();
  /** How many of an edition's stories use each word: what breaks a tie between equally close respellings. */
  private readonly uses = new Map<Locale, Map<string, number>>();

  private readonly names: FoldedNames;

  /** `articles` newest first, as readers may see them; `names` the newsroom's names in Latin letters. */
  constructor(articles: readonly Article[], private readonly toTeaser: (article: Article) => ArticleTeaser, names: readonly LatinName[] = []) {
    this.names = foldLatinNames(names);
    this.entries = articles.map((article) => {
      const head = `${article.title} ${article.summary}`;
      const all = terms(`${head} ${bodyText(article.body).slice(0, MAX_INDEXED_BODY)}`);
      let uses = this.uses.get(article.locale);
      if (!uses) this.uses.set(article.locale, (uses = new Map()));
      for (const word of new Set(all.words)) {
        if (word.length < MIN_LEXICON_LENGTH) continue;
        this.lexicon.add(word);
        uses.set(word, (uses.get(word) ?? 0) + 1);
      }
      return { article, title: new Set(words(article.title)), head: new Set(words(head)), words: new Set(all.words), stems: new Set(all.stems) };
    });
  }

  private matches(locale: Locale, query: Terms): Article[] {
    const hits: { article: Article; tier: number }[] = [];
    for (const entry of this.entries) {
      if (entry.article.locale !== locale) continue;
      const t = tier(entry, query);
      if (t !== undefined) hits.push({ article: entry.article, tier: t });
    }
    // Stable sort: within a tier the entries keep their newest-first order.
    return hits.sort((a, b) => a.tier - b.tier).map((hit) => hit.article);
  }

  /** The query with every word no story contains respelled as the closest one some story does (lib/search/respell). */
  private respelled(locale: Locale, query: Terms): Terms | undefined {
    const unknown = (word: string) => word.length >= MIN_RESPELLED_LENGTH && !this.lexicon.has(word);
    const uses = (candidate: string) => this.uses.get(locale)?.get(candidate) ?? 0;
    const candidates = (word: string) =>
      inLikenessOrder(word, [...mostAlike(word, this.lexicon, RESPELL_CANDIDATES), ...swappedSpellings(word).filter((swapped) => this.lexicon.has(swapped))]);
    const corrected = query.words.map((word) => (unknown(word) ? (respelling(word, candidates(word), uses) ?? word) : word));
    if (corrected.every((word, i) => word === query.words[i])) return undefined;
    return { words: [...new Set(corrected)], stems: [...new Set(corrected.map(stem))] };
  }

  search(locale: Locale, text: string, page: number, pageSize: number): SearchResults {
    if (page > MAX_SEARCH_PAGE) return { items: [], page, hasNext: false };
    const query = terms(text);
    if (!query.words.length) return { items: [], page, hasNext: false };
    let found = this.matches(locale, query);
    let corrected: string | undefined;
    let latinNames: string[] | undefined;
    if (!found.length) {
      const named = withLatinNames(query.words, this.names);
      const byName = named ? this.matches(locale, { words: named.words, stems: [...new Set(named.words.map(stem))] }) : [];
      if (byName.length) [found, corrected, latinNames] = [byName, named!.words.join(' '), named!.names];
    }
    if (!found.length) {
      const respelled = this.respelled(locale, query);
      const again = respelled ? this.matches(locale, respelled) : [];
      if (again.length) [found, corrected] = [again, respelled!.words.join(' ')];
    }
    const start = (page - 1) * pageSize;
    const hasNext = found.length > start + pageSize && page < MAX_SEARCH_PAGE;
    return { items: found.slice(start, start + pageSize).map(this.toTeaser), page, hasNext, ...(corrected && { corrected }), ...(latinNames && { latinNames }) };
  }
}
