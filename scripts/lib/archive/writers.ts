import { BIOS, COLUMNS, FIRST_NAMES, LAST_NAMES } from './pool/people';
import type { Bi } from './pool/types';
import { Rng } from './random';
import { ARCHIVE_BASE } from './range';

/** The generated columnists: about forty, most with a named column, the same for a given seed. */
export const WRITER_COUNT = 40;

export interface GeneratedWriter {
  id: number;
  slug: string;
  name: Bi;
  column?: Bi;
  bio: Bi;
}

/** Names not taken by a columnist: a reporter's byline never reads as a column's writer. */
function nameDrawer(rng: Rng, taken: Set<string>) {
  return function draw() {
    for (;;) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      const slug = `${first.en}-${last.en}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      if (taken.has(slug)) continue;
      taken.add(slug);
      return { first, slug, name: { ar: `${first.ar} ${last.ar}`, en: `${first.en} ${last.en}` } };
    }
  };
}

export function generatedWriters(seed: number): GeneratedWriter[] {
  const rng = new Rng(seed ^ 0x3217_7e25, 0);
  const writers: GeneratedWriter[] = [];
  const draw = nameDrawer(rng, new Set());
  const columns = [...COLUMNS];
  while (writers.length < WRITER_COUNT) {
    const { first, slug, name } = draw();
    // Three in four write under a column's name; each column belongs to one writer.
    const bio = rng.pick(BIOS);
    const column = columns.length && rng.chance(0.75) ? columns.splice(rng.int(0, columns.length - 1), 1)[0] : undefined;
    writers.push({
      id: ARCHIVE_BASE + writers.length,
      slug,
      name,
      ...(column && { column }),
      bio: { ar: bio.ar[first.g === 'm' ? 0 : 1], en: bio.en },
    });
  }
  return writers;
}

/** Reporters who sign stories by name (bylineType person), as many as a newsroom's staff; none is a columnist. */
export const REPORTER_COUNT = 60;

/** The reporters' bylines in both editions, the same for a given seed, listed most prolific first. */
export function generatedReporters(seed: number): Bi[] {
  const taken = new Set(generatedWriters(seed).map((w) => w.slug));
  const draw = nameDrawer(new Rng(seed ^ 0x5e90_471b, 0), taken);
  return Array.from({ length: REPORTER_COUNT }, () => draw().name);
}
