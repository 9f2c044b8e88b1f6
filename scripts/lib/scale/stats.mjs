/**
 * Figures for scripts/bench-scale.mjs: percentiles and the growth check (each N against the first).
 */

/** Nearest-rank percentile of a list of milliseconds (p99 of a short list is close to its maximum). */
export function percentile(samples, p) {
  if (!samples.length) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[rank]);
}

export const round = (ms) => (ms === undefined ? undefined : Math.round(ms * 10) / 10);

export function summary(samples) {
  return { n: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** What a page of results showed: no result, some, or a full page. */
export function shownGroup(count, pageSize) {
  return count === 0 ? 'none' : count < pageSize ? 'some' : 'full';
}

/**
 * One size's first renders by what their page showed — no result, some, a full page — each with its
 * count and median: a larger archive fills more pages for the same words, and a full page costs more
 * to render than an empty one at any size, so the kind's median over every query moves with that
 * mix as well as with the archive. `shown[i]` and `times[i]` are request i's count and time.
 */
export function byShown(shown, times, pageSize) {
  const groups = { none: [], some: [], full: [] };
  shown.forEach((count, i) => {
    if (count === undefined || times[i] === undefined) return;
    groups[shownGroup(count, pageSize)].push(times[i]);
  });
  return Object.fromEntries(Object.entries(groups).map(([name, samples]) => [name, { n: samples.length, p50: percentile(samples, 50) }]));
}

/**
 * The listings (sections, tags or writers, busiest first, each with its `stories`) whose first page
 * a size is measured on: those that fill a page, as every size compares like with like; where none
 * does, all of them as they are — a thousand stories over twenty years give no columnist 20 pieces
 * (the busiest has 15). A shorter page costs less to render at any size, so a ratio taken against
 * those errs against the larger archive, never for it. `full` says which was taken.
 */
export function listingPages(listings, pageSize) {
  const full = listings.filter((listing) => listing.stories >= pageSize);
  return full.length ? { listings: full, full: true } : { listings: listings.filter((listing) => listing.stories > 0), full: false };
}

/** The request numbers (0 … count − 1) whose answer showed a full page at every size: `shown[size][i]`. */
export function fullAtEverySize(shown, count, pageSize) {
  return Array.from({ length: count }, (_, i) => i).filter((i) => shown.every((bySize) => bySize[i] === pageSize));
}

/**
 * Every figure the check compares, as [name, value, unit, floor, checked]: a growth only fails when
 * the ratio exceeds the limit AND the difference exceeds the floor (latency below a few ms is noise).
 * Floors differ by kind of figure: a p99 of 20 requests is one request, a new process's first
 * answer is two, latency under load is mostly queueing. Never failing (but compared): the kinds in
 * `unchecked`, a median of fewer than MIN_SAMPLES requests, and with `only: 'p50'` every p99, load
 * and memory figure.
 */
const MIN_SAMPLES = 5;

/** `value` against `before`: a figure of 0 that stays 0 has not grown. */
const ratioOf = (before, value) => (before > 0 ? value / before : value > 0 ? Infinity : 1);

/** Whether `value` grew past `limit` × `before` and by more than `floor`: what fails a checked figure. */
export function grewPast(before, value, limit, floor) {
  return ratioOf(before, value) > limit && value - before > floor;
}

/** Whether the figure `name` (e.g. 'tag cached p50') may fail: not of a kind, or a kind's figure, listed in `unchecked`. */
export function isChecked(name, unchecked) {
  return !unchecked.some((kind) => name.startsWith(`${kind} `));
}

export function comparable(result, floors, { unchecked = [], only = 'all' } = {}) {
  const out = [];
  const medianOnly = only === 'p50';
  const add = (name, value, unit, floor, checked = true) => value !== undefined && out.push([name, value, unit, floor, checked && isChecked(name, unchecked)]);
  if (result.build.seconds !== undefined) add('build wall time', result.build.seconds, 's', floors.buildSeconds, !medianOnly);
  add('new process: first article', result.firstArticle.p50, 'ms', floors.startMs, !medianOnly);
  for (const [kind, figures] of Object.entries(result.pages)) {
    if (figures.skipped) continue;
    add(`${kind} first p50`, figures.first.p50, 'ms', floors.ms, figures.first.n >= MIN_SAMPLES);
    add(`${kind} first p99`, figures.first.p99, 'ms', floors.p99Ms, !medianOnly);
    add(`${kind} cached p50`, figures.cached.p50, 'ms', floors.ms);
    add(`${kind} cached p99`, figures.cached.p99, 'ms', floors.p99Ms, !medianOnly);
  }
  add('load p50', result.load.p50, 'ms', floors.loadMs, !medianOnly);
  add('load p99', result.load.p99, 'ms', floors.loadMs, !medianOnly);
  add('RSS after load', result.load.rssAfterMb, 'MB', floors.rssMb, !medianOnly);
  return out;
}

/** Ratios of every later N against the first; `failed` lists those over `limit` and over the floor. */
export function compare(results, { limit, floors, unchecked = [], only = 'all' }) {
  const [base, ...rest] = results;
  const rows = [];
  const failed = [];
  if (!base) return { rows, failed };
  const baseline = new Map(comparable(base, floors).map(([name, value]) => [name, value]));
  for (const result of rest) {
    // First renders of pages shorter than a page at either size (listingPages) compare what the pages
    // show as well as the archive: printed, never failing. Their cached figures are checked.
    // Named as SCALE_UNCHECKED names a kind's figure ('writer first'), and matched by the same rule.
    const shorterFirst = Object.keys(result.pages).filter((kind) => base.pages[kind]?.shorter || result.pages[kind]?.shorter).map((kind) => `${kind} first`);
    for (const [name, value, unit, floor, checkedAsAny] of comparable(result, floors, { unchecked, only })) {
      const before = baseline.get(name);
      if (before === undefined || value === undefined) continue;
      const short = !isChecked(name, shorterFirst);
      const checked = checkedAsAny && !short;
      const ratio = ratioOf(before, value);
      const over = grewPast(before, value, limit, floor);
      const bad = over && checked;
      const reason = short ? 'shorter pages, not checked' : 'not checked';
      const verdict = !checked ? `${over ? 'over' : 'ok'} (${reason})` : bad ? 'FAIL' : ratio > limit ? `ok (Δ ≤ ${floor} ${unit} floor)` : 'ok';
      const row = { N: result.n, figure: name, [`N=${base.n}`]: `${before} ${unit}`, value: `${value} ${unit}`, ratio: Number(ratio.toFixed(2)), verdict };
      rows.push(row);
      if (bad) failed.push(row);
    }
  }
  return { rows, failed };
}
