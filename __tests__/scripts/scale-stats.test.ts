import { byShown, compare, fullAtEverySize, grewPast, isChecked, listingPages } from '../../scripts/lib/scale/stats.mjs';

/** bench:scale's check (scripts/lib/scale/stats.mjs): what fails, and what SCALE_UNCHECKED spares. */
const floors = { ms: 10, p99Ms: 5, startMs: 5, loadMs: 5, buildSeconds: 10, rssMb: 0 };
const size = (n: number, searchFirst: number, searchCached: number) => ({
  n,
  build: {},
  firstArticle: { p50: 500 },
  pages: { search: { first: { n: 20, p50: searchFirst, p99: searchFirst }, cached: { n: 40, p50: searchCached, p99: searchCached } } },
  load: {},
});

describe('bench:scale check', () => {
  const results = [size(1000, 25, 120), size(20000, 60, 160)];

  it('fails a median that grew past the limit and its floor', () => {
    const { failed } = compare(results, { limit: 1.1, floors, only: 'p50' });
    expect(failed.map((row) => row.figure)).toEqual(['search first p50', 'search cached p50']);
  });

  it("spares one figure of a kind when told ('search cached'), and every figure of a kind when told ('search')", () => {
    expect(compare(results, { limit: 1.1, floors, only: 'p50', unchecked: ['search cached'] }).failed.map((row) => row.figure)).toEqual(['search first p50']);
    expect(compare(results, { limit: 1.1, floors, only: 'p50', unchecked: ['search'] }).failed).toEqual([]);
  });

  it("spares the full-pages figure with the kind ('search') or alone ('search full pages')", () => {
    const withFull = results.map((result, n) => ({
      ...result,
      pages: { ...result.pages, 'search full pages': { first: { n: 20, p50: [25, 60][n]!, p99: 1 }, cached: { n: 0 } } },
    }));
    const failed = (unchecked: string[]) => compare(withFull, { limit: 1.1, floors, only: 'p50', unchecked }).failed.map((row) => row.figure);
    expect(failed([])).toContain('search full pages first p50');
    expect(failed(['search'])).toEqual([]);
    expect(failed(['search full pages'])).toEqual(['search first p50', 'search cached p50']);
  });

  it('prints, and never fails, first renders of pages shorter than a page at a size; their cached figures are checked', () => {
    const writer = (first: number, cached: number, shorter?: string) => ({ first: { n: 29, p50: first, p99: first }, cached: { n: 40, p50: cached, p99: cached }, ...(shorter && { shorter }) });
    const sized = [
      { ...results[0]!, pages: { writer: writer(38, 17, 'no page of 20: first pages of 1–15') } },
      { ...results[1]!, pages: { writer: writer(60, 40) } },
    ];
    const { rows, failed } = compare(sized, { limit: 1.1, floors, only: 'p50' });
    expect(failed.map((row) => row.figure)).toEqual(['writer cached p50']);
    expect(rows.find((row) => row.figure === 'writer first p50')?.verdict).toBe('over (shorter pages, not checked)');
    // Full pages at both sizes: the same figures are checked.
    const full = sized.map((result, i) => ({ ...result, pages: { writer: writer([38, 60][i]!, [17, 40][i]!) } }));
    expect(compare(full, { limit: 1.1, floors, only: 'p50' }).failed.map((row) => row.figure)).toEqual(['writer first p50', 'writer cached p50']);
  });
});

describe('bench:scale: what is measured again before it is believed (the same test as the check)', () => {
  it('a median that grew past the limit and past the floor, and nothing less', () => {
    expect(grewPast(14, 30, 1.1, 15)).toBe(true);
    expect(grewPast(14, 29, 1.1, 15)).toBe(false);
    expect(grewPast(200, 214, 1.1, 5)).toBe(false);
    expect(grewPast(0, 20, 1.1, 15)).toBe(true);
  });

  it("a figure SCALE_UNCHECKED names, by its kind or as the kind's figure, is never measured again", () => {
    expect(isChecked('tag cached p50', ['search cached'])).toBe(true);
    expect(isChecked('search cached p50', ['search cached'])).toBe(false);
    expect(isChecked('search cached p50', ['search'])).toBe(false);
    expect(isChecked('search first p50', ['search cached'])).toBe(true);
  });
});

describe('bench:scale search pages compared like with like', () => {
  it('takes only the queries whose page was full at every size', () => {
    // Query 0 full at both, 1 two results at a thousand, 2 full at both, 3 unanswered at the second size.
    const shown = [
      [20, 2, 20, 20],
      [20, 20, 20, undefined],
    ];
    expect(fullAtEverySize(shown, 4, 20)).toEqual([0, 2]);
    expect(fullAtEverySize([[20, 20]], 2, 10)).toEqual([]);
  });

  it('splits one size\'s first renders by what their page showed: none, some, a full page', () => {
    const shown = [0, 20, 3, 20, undefined, 20];
    const times = [30, 40, 31, 42, 99, 44];
    expect(byShown(shown, times, 20)).toEqual({ none: { n: 1, p50: 30 }, some: { n: 1, p50: 31 }, full: { n: 3, p50: 42 } });
    expect(byShown([], [], 20).full).toEqual({ n: 0, p50: undefined });
  });
});

describe('bench:scale listings: the first pages a size is measured on', () => {
  const writer = (slug: string, stories: number) => ({ slug, stories });

  it('takes the listings that fill a page, when any does', () => {
    const picked = listingPages([writer('amr', 3200), writer('wael', 20), writer('salma', 1)], 20);
    expect(picked).toEqual({ listings: [writer('amr', 3200), writer('wael', 20)], full: true });
  });

  it('takes every listing with a story, as it is, when none fills a page (a thousand stories: the busiest columnist has 15)', () => {
    const picked = listingPages([writer('amr', 15), writer('wael', 7), writer('salma', 1), writer('none', 0)], 20);
    expect(picked).toEqual({ listings: [writer('amr', 15), writer('wael', 7), writer('salma', 1)], full: false });
    expect(listingPages([], 20)).toEqual({ listings: [], full: false });
  });
});
