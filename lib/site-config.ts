/**
 * What `content/site.json` must hold, checked when lib/site first reads it — so a typo stops the
 * build (the file is compiled into it) naming the field. Written out by hand rather than with zod
 * (lib/content/schema): lib/site is read by every page and by the proxy, and zod was the largest
 * library a new process loaded before its first story (npm run bench:scale, BENCHMARKS.md).
 */
export interface Localized {
  ar: string;
  en: string;
}

export interface SiteConfig {
  name: Localized;
  /** Who signs a story no writer or desk signed: the paper's news portal (an organization, never a person). */
  desk: Localized;
  url: string;
  /**
   * The earliest date a story may carry (the paper's first year): an earlier one is a slip of the
   * keyboard ("0026" for 2026) or an importer's empty date (0001-01-01), refused naming the field.
   */
  archiveFrom: string;
  brand: { primary: string; ink: string; paper: string };
}

type Check = (value: unknown) => string | undefined;

const text: Check = (value) => (typeof value === 'string' && /^\S(?:.*\S)?$/su.test(value) ? undefined : 'text, with no spaces around it');
const colour: Check = (value) => (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? undefined : 'a colour written #rrggbb');
const url: Check = (value) => (typeof value === 'string' && /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value) ? undefined : 'an http(s) URL');
const date: Check = (value) => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'a date written YYYY-MM-DD';
  // A calendar date that exists: "2026-02-30" reads back as another day.
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value) ? undefined : 'a date that exists';
};

/** The file's shape: each field's check, objects nested. */
const SHAPE = {
  name: { ar: text, en: text },
  desk: { ar: text, en: text },
  url,
  archiveFrom: date,
  brand: { primary: colour, ink: colour, paper: colour },
};

type Shape = { [field: string]: Check | Shape };

/** The first field that fails, with what it should be. */
function firstProblem(value: unknown, shape: Shape, path: string[]): { path: string[]; message: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { path, message: 'an object' };
  const record = value as Record<string, unknown>;
  for (const [field, check] of Object.entries(shape)) {
    const problem =
      typeof check === 'function'
        ? ((message) => message && { path: [...path, field], message })(check(record[field]))
        : firstProblem(record[field], check, [...path, field]);
    if (problem) return problem;
  }
  return undefined;
}

export function parseSiteConfig(input: unknown): SiteConfig {
  const problem = firstProblem(input, SHAPE, []);
  if (problem) throw new Error(`content/site.json: field "${problem.path.join('.')}": expected ${problem.message}`);
  return input as SiteConfig;
}
