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

/**
 * Every figure the check compares, as [name, value, unit, floor]: a growth only fails when the
 * ratio exceeds the limit AND the difference exceeds the floor (latency below a few ms is noise).
 * Floors differ by kind of figure: a p99 of 20 requests is one request, a new process's first
 * answer is two, latency under load is mostly queueing. `unchecked` kinds are compared but never fail.
 */
export function comparable(result, floors) {
  const out = [];
  const ms = (name, value, floor) => value !== undefined && out.push([name, value, 'ms', floor]);
  if (result.build.seconds !== undefined) out.push(['build wall time', result.build.seconds, 's', floors.buildSeconds]);
  ms('new process: first article', result.firstArticle.p50, floors.startMs);
  for (const [kind, figures] of Object.entries(result.pages)) {
    if (figures.skipped) continue;
    ms(`${kind} first p50`, figures.first.p50, floors.ms);
    ms(`${kind} first p99`, figures.first.p99, floors.p99Ms);
    ms(`${kind} cached p50`, figures.cached.p50, floors.ms);
    ms(`${kind} cached p99`, figures.cached.p99, floors.p99Ms);
  }
  ms('load p50', result.load.p50, floors.loadMs);
  ms('load p99', result.load.p99, floors.loadMs);
  out.push(['RSS after load', result.load.rssAfterMb, 'MB', floors.rssMb]);
  return out;
}

/** Ratios of every later N against the first; `failed` lists those over `limit` and over the floor. */
export function compare(results, { limit, floors, unchecked = [] }) {
  const [base, ...rest] = results;
  const rows = [];
  const failed = [];
  if (!base) return { rows, failed };
  const baseline = new Map(comparable(base, floors).map(([name, value]) => [name, value]));
  for (const result of rest) {
    for (const [name, value, unit, floor] of comparable(result, floors)) {
      const before = baseline.get(name);
      if (before === undefined || value === undefined) continue;
      const ratio = before > 0 ? value / before : value > 0 ? Infinity : 1;
      const over = ratio > limit && value - before > floor;
      const exempt = unchecked.some((kind) => name.startsWith(`${kind} `));
      const bad = over && !exempt;
      const verdict = exempt ? (over ? 'over (not checked)' : 'ok (not checked)') : bad ? 'FAIL' : ratio > limit ? `ok (Δ ≤ ${floor} ${unit} floor)` : 'ok';
      const row = { N: result.n, figure: name, [`N=${base.n}`]: `${before} ${unit}`, value: `${value} ${unit}`, ratio: Number(ratio.toFixed(2)), verdict };
      rows.push(row);
      if (bad) failed.push(row);
    }
  }
  return { rows, failed };
}
