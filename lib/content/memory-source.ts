import { compareCodePoints } from '@/lib/code-point-order';
import type { Locale } from '@/lib/locales';
import { listingContinues } from '@/lib/routes';
import type { LatinName } from '@/lib/search/latin-names';
import { MemorySearch } from '@/lib/search/memory-search';
import { foldTagCase } from './tag-name';
import { type ContentSource, indexBlockOf, RELATED_POOL, type RelatedTo } from './source';
import type {
  Article,
  ArticleIndexEntry,
  ArticleStatus,
  ArticleTeaser,
  BreakingItem,
  HijriOffset,
  MastheadEntry,
  MastheadTerm,
  Page,
  SearchResults,
  Section,
  TagSummary,
  Writer,
} from './types';
import { modifiedAt } from './types';

export interface MemoryContent {
  articles: readonly Article[];
  sections: readonly Section[];
  /** The masthead in force: a single term with no known start, unless `mastheadTerms` says more. */
  masthead: readonly MastheadEntry[];
  mastheadTerms?: readonly MastheadTerm[];
  /** Breaking news of both editions, expired or not: the source answers only what is live. */
  breaking?: readonly (BreakingItem & { edition: Locale; createdAt?: string })[];
  hijriOffsets?: readonly HijriOffset[];
  /** Ids of articles taken down: their URLs answer 410. */
  withdrawn?: readonly number[];
  /** Stories not published (yet): only an editor's preview sees them. */
  drafts?: readonly Article[];
  writers?: readonly Writer[];
  /** Counted views, per story and hour (as lib/reads stores them). */
  reads?: readonly Read[];
  /** The newsroom's names in Latin letters and how readers type them (lib/search/latin-names). */
  latinNames?: readonly LatinName[];
}

export interface Read {
  id: number;
  /** The hour the views were counted in (ISO-8601). */
  hour: string;
  views: number;
}

const newestFirst = (a: ArticleTeaser, b: ArticleTeaser) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || b.id - a.id;
const key = (locale: Locale, name: string) => `${locale}\u0000${name.normalize('NFC')}`;

function push<K, V>(map: Map<K, V[]>, k: K, value: V) {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/** A teaser is what lists carry: the article without body and tags. */
export function teaser(article: Article): ArticleTeaser {
  const { id, locale, title, summary, section, publishedAt, updatedAt, image, writer, byline } = article;
  return {
    id,
    locale,
    title,
    summary,
    section,
    publishedAt,
    updatedAt,
    ...(image && { image }),
    ...(writer && { writer: { slug: writer.slug, name: writer.name, ...(writer.column && { column: writer.column }) } }),
    ...(!writer && byline.kind === 'person' && { reporter: byline.name }),
  };
}

function paginate<T>(list: readonly T[], page: number, pageSize: number): Page<T> {
  const start = (page - 1) * pageSize;
  return { items: list.slice(start, start + pageSize), page, hasNext: listingContinues(page, list.length > start + pageSize) };
}

/** Per listing of the edition (lists newest first, keyed by key()): the newest updatedAt of its first `shown` stories. */
function firstPagesUpdated(lists: ReadonlyMap<string, readonly Article[]>, locale: Locale, shown: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, list] of lists) {
    const [listLocale, name] = k.split('\u0000') as [Locale, string];
    if (listLocale !== locale || !list.length) continue;
    out[name] = list.slice(0, shown).reduce((max, a) => (Date.parse(a.updatedAt) > Date.parse(max) ? a.updatedAt : max), list[0]!.updatedAt);
  }
  return out;
}

/**
 * Content held in memory and indexed once, so every question is a map lookup or a slice. Unit
 * tests build one from the fixture factory (__tests__/support/content.ts); it answers exactly as
 * the database-backed source does.
 */
export class MemorySource implements ContentSource {
  private readonly byId = new Map<number, Article>();
  private readonly latestByLocale = new Map<Locale, Article[]>();
  private readonly bySection = new Map<string, Article[]>();
  private readonly byTag = new Map<string, Article[]>();
  /** The spellings of the edition's tags, by their folded name (foldTagCase). */
  private readonly tagSpellings = new Map<string, Set<string>>();
  private readonly byWriter = new Map<string, Article[]>();
  private readonly withdrawn: ReadonlySet<number>;
  private readonly index: MemorySearch;

  constructor(private readonly content: MemoryContent) {
    this.withdrawn = new Set(content.withdrawn ?? []);
    const newest = [...content.articles].sort(newestFirst);
    this.index = new MemorySearch(newest, teaser, content.latinNames);
    for (const article of newest) {
      this.byId.set(article.id, article);
      push(this.latestByLocale, article.locale, article);
      push(this.bySection, key(article.locale, article.section.slug), article);
      for (const tag of new Set(article.tags.map((t) => t.normalize('NFC')))) {
        push(this.byTag, key(article.locale, tag), article);
        const folded = key(article.locale, foldTagCase(tag));
        this.tagSpellings.set(folded, (this.tagSpellings.get(folded) ?? new Set()).add(tag));
      }
      if (article.writer) push(this.byWriter, key(article.locale, article.writer.slug), article);
    }
  }

  private latestOf(locale: Locale): readonly Article[] {
    return this.latestByLocale.get(locale) ?? [];
  }

  async article(id: number): Promise<Article | undefined> {
    return this.byId.get(id);
  }

  async draft(id: number): Promise<Article | undefined> {
    return this.byId.get(id) ?? this.content.drafts?.find((a) => a.id === id);
  }

  async articleStatus(id: number): Promise<ArticleStatus> {
    const article = this.byId.get(id);
    if (article) return { state: 'published', edition: article.locale };
    return { state: this.withdrawn.has(id) ? 'withdrawn' : 'missing' };
  }

  async latest(locale: Locale, limit: number, exclude: readonly number[] = []): Promise<ArticleTeaser[]> {
    const skip = new Set(exclude);
    return this.latestOf(locale)
      .filter((a) => !skip.has(a.id))
      .slice(0, limit)
      .map(teaser);
  }

  async sectionPage(locale: Locale, section: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>> {
    const result = paginate(this.bySection.get(key(locale, section)) ?? [], page, pageSize);
    return { ...result, items: result.items.map(teaser) };
  }

  async tagPage(locale: Locale, tag: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>> {
    const result = paginate(this.byTag.get(key(locale, tag)) ?? [], page, pageSize);
    return { ...result, items: result.items.map(teaser) };
  }

  async tagSpelling(locale: Locale, tag: string): Promise<string | undefined> {
    const spellings = this.tagSpellings.get(key(locale, foldTagCase(tag)));
    return spellings?.size === 1 ? [...spellings][0] : undefined;
  }

  async search(locale: Locale, query: string, page: number, pageSize: number): Promise<SearchResults> {
    return this.index.search(locale, query, page, pageSize);
  }

  /** Shared tags weigh most, the same section a little, recency breaks ties (lib/content tops a short list up). */
  async related(article: RelatedTo, limit: number): Promise<ArticleTeaser[]> {
    // Like the database: only the newest RELATED_POOL of each tag and of the section are weighed.
    const newestOthers = (list: readonly Article[] = []) => list.filter((other) => other.id !== article.id).slice(0, RELATED_POOL);
    const scores = new Map<Article, number>();
    const score = (other: Article, points: number) => {
      if (other.id !== article.id) scores.set(other, (scores.get(other) ?? 0) + points);
    };
    for (const tag of new Set(article.tags.map((t) => t.normalize('NFC')))) {
      for (const other of newestOthers(this.byTag.get(key(article.locale, tag)))) score(other, 2);
    }
    for (const other of newestOthers(this.bySection.get(key(article.locale, article.section.slug)))) score(other, 1);
    return [...scores]
      .sort(([a, sa], [b, sb]) => sb - sa || newestFirst(a, b))
      .slice(0, limit)
      .map(([a]) => teaser(a));
  }

  async publishedBetween(since: Date, until: Date, limit: number): Promise<ArticleTeaser[]> {
    return [...this.byId.values()]
      .filter((a) => {
        const at = Date.parse(a.publishedAt);
        return at > since.getTime() && at <= until.getTime();
      })
      .sort(newestFirst)
      .slice(0, limit)
      .map(teaser);
  }

  async articleIndexBlocks(locale: Locale): Promise<number[]> {
    return [...new Set(this.latestOf(locale).map((a) => indexBlockOf(a.id)))].sort((a, b) => a - b);
  }

  async articleIndex(locale: Locale, block: number): Promise<ArticleIndexEntry[]> {
    return this.latestOf(locale)
      .filter((a) => indexBlockOf(a.id) === block)
      .sort((a, b) => a.id - b.id)
      .map((a) => {
        const translation = a.translationId === undefined ? undefined : this.byId.get(a.translationId);
        return {
          id: a.id,
          locale: a.locale,
          modifiedAt: modifiedAt(a),
          ...(translation && { translation: { id: translation.id, locale: translation.locale } }),
          ...(a.image && { image: a.image.src }),
        };
      });
  }

  async populatedSections(locale: Locale): Promise<string[]> {
    return this.content.sections.filter((s) => this.bySection.has(key(locale, s.slug))).map((s) => s.slug);
  }

  async sectionsUpdated(locale: Locale, shown: number): Promise<Record<string, string>> {
    return firstPagesUpdated(this.bySection, locale, shown);
  }

  async tags(locale: Locale, shown: number): Promise<TagSummary[]> {
    return Object.entries(firstPagesUpdated(this.byTag, locale, shown))
      .map(([tag, updatedAt]) => ({ tag, updatedAt }))
      .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || compareCodePoints(a.tag, b.tag));
  }

  async teasers(ids: readonly number[]): Promise<ArticleTeaser[]> {
    return ids.flatMap((id) => {
      const article = this.byId.get(id);
      return article ? [teaser(article)] : [];
    });
  }

  async mostRead(locale: Locale, since: Date, limit: number): Promise<number[]> {
    const views = new Map<number, number>();
    for (const read of this.content.reads ?? []) {
      const article = this.byId.get(read.id);
      if (article?.locale !== locale || Date.parse(read.hour) < since.getTime()) continue;
      views.set(read.id, (views.get(read.id) ?? 0) + read.views);
    }
    return [...views]
      .sort(([a, va], [b, vb]) => vb - va || newestFirst(this.byId.get(a)!, this.byId.get(b)!))
      .slice(0, limit)
      .map(([id]) => id);
  }

  async writer(slug: string): Promise<Writer | undefined> {
    return this.content.writers?.find((w) => w.slug === slug);
  }

  async writerPage(locale: Locale, slug: string, page: number, pageSize: number): Promise<Page<ArticleTeaser>> {
    const result = paginate(this.byWriter.get(key(locale, slug)) ?? [], page, pageSize);
    return { ...result, items: result.items.map(teaser) };
  }

  async writersUpdated(locale: Locale, shown: number): Promise<Record<string, string>> {
    return firstPagesUpdated(this.byWriter, locale, shown);
  }

  async sections(): Promise<Section[]> {
    return [...this.content.sections];
  }

  async mastheadTerms(): Promise<MastheadTerm[]> {
    const terms = this.content.mastheadTerms ?? [{ entries: [...this.content.masthead] }];
    const start = (term: MastheadTerm) => (term.effectiveFrom ? Date.parse(term.effectiveFrom) : -Infinity);
    return [...terms].sort((a, b) => start(b) - start(a));
  }

  /** Live at the moment of asking, as the database's `now()` decides for the other source. */
  async breaking(locale: Locale, limit: number): Promise<BreakingItem[]> {
    const now = Date.now();
    return (this.content.breaking ?? [])
      .filter((item) => item.edition === locale && Date.parse(item.expiresAt) > now)
      .sort((a, b) => Date.parse(b.createdAt ?? '0') - Date.parse(a.createdAt ?? '0') || b.id - a.id)
      .slice(0, limit)
      .map(({ id, text, link, expiresAt }) => ({ id, text, ...(link && { link }), expiresAt }));
  }

  async hijriOffsets(): Promise<HijriOffset[]> {
    return [...(this.content.hijriOffsets ?? [])];
  }
}
