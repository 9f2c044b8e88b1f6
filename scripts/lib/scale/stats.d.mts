/** Types for scripts/lib/scale/stats.mjs (bench:scale's figures and check), for its unit test. */
export interface Floors {
  ms: number;
  p99Ms: number;
  startMs: number;
  loadMs: number;
  buildSeconds: number;
  rssMb: number;
}
export interface Samples {
  n: number;
  p50?: number;
  p99?: number;
}
export interface SizeResult {
  n: number;
  build: { seconds?: number };
  firstArticle: { p50?: number };
  pages: Record<string, { skipped?: string; shorter?: string; first: Samples; cached: Samples }>;
  load: { p50?: number; p99?: number; rssAfterMb?: number };
}
export interface RatioRow {
  N: number;
  figure: string;
  value: string;
  ratio: number;
  verdict: string;
  [baseline: string]: string | number;
}
export function percentile(samples: readonly number[], p: number): number | undefined;
export function round(ms: number | undefined): number | undefined;
export function summary(samples: readonly number[]): Samples;
export function shownGroup(count: number, pageSize: number): 'none' | 'some' | 'full';
export function byShown(shown: ReadonlyArray<number | undefined>, times: ReadonlyArray<number | undefined>, pageSize: number): Record<'none' | 'some' | 'full', { n: number; p50?: number }>;
export function listingPages<T extends { stories: number }>(listings: readonly T[], pageSize: number): { listings: T[]; full: boolean };
export function fullAtEverySize(shown: ReadonlyArray<ReadonlyArray<number | undefined>>, count: number, pageSize: number): number[];
export function grewPast(before: number, value: number, limit: number, floor: number): boolean;
export function isChecked(name: string, unchecked: readonly string[]): boolean;
export function comparable(
  result: SizeResult,
  floors: Floors,
  options?: { unchecked?: readonly string[]; only?: 'all' | 'p50' },
): Array<[string, number, string, number, boolean]>;
export function compare(
  results: readonly SizeResult[],
  options: { limit: number; floors: Floors; unchecked?: readonly string[]; only?: 'all' | 'p50' },
): { rows: RatioRow[]; failed: RatioRow[] };
