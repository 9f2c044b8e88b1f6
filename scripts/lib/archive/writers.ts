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

export function generatedWriters(seed: number): GeneratedWriter[] {
  const rng = new Rng(seed ^ 0x3217_7e25, 0);
  const writers: GeneratedWriter[] = [];
  const taken = new Set<string>();
  const columns = [...COLUMNS];
  while (writers.length < WRITER_COUNT) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const slug = `${first.en}-${last.en}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (taken.has(slug)) continue;
    taken.add(slug);
    // Three in four write under a column's name; each column belongs to one writer.
    const bio = rng.pick(BIOS);
    const column = columns.length && rng.chance(0.75) ? columns.splice(rng.int(0, columns.length - 1), 1)[0] : undefined;
    writers.push({
      id: ARCHIVE_BASE + writers.length,
      slug,
      name: { ar: `${first.ar} ${last.ar}`, en: `${first.en} ${last.en}` },
      ...(column && { column }),
      bio: { ar: bio.ar[first.g === 'm' ? 0 : 1], en: bio.en },
    });
  }
  return writers;
}
