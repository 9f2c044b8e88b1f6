import { getEditionSections, getSectionPage, listLatest } from '@/lib/content';
import { isOpinion } from '@/lib/content/opinion';
import type { ArticleTeaser, Section } from '@/lib/content/types';
import type { Locale } from '@/lib/locales';

/**
 * The front page as a paper lays it out: one lead, a few second stories, then a row per section.
 * Every story appears once: a row shows only what the top of the page did not.
 */
export const SECONDS = 3;
/** The most a section row shows: one line of four cards on a wide screen. */
export const ROW_SIZE = 4;

export interface SectionRow {
  section: Section;
  articles: ArticleTeaser[];
}

export interface FrontPage {
  lead?: ArticleTeaser;
  seconds: ArticleTeaser[];
  rows: SectionRow[];
}

/**
 * Pure: the layout from the edition's newest stories and each section's newest. The lead and the
 * seconds are reporting — a column runs in its own row, as a paper does not lead with opinion
 * (unless there is nothing else). A section with nothing left to show has no row.
 */
export function composeFrontPage(latest: readonly ArticleTeaser[], sections: readonly SectionRow[]): FrontPage {
  const reports = latest.filter((a) => !isOpinion(a));
  const [lead, ...seconds] = (reports.length ? reports : latest).slice(0, 1 + SECONDS);
  const shown = new Set([lead, ...seconds].filter((a) => a !== undefined).map((a) => a.id));
  const rows: SectionRow[] = [];
  for (const { section, articles } of sections) {
    const fresh = articles.filter((a) => !shown.has(a.id)).slice(0, ROW_SIZE);
    for (const a of fresh) shown.add(a.id);
    if (fresh.length) rows.push({ section, articles: fresh });
  }
  return { lead, seconds, rows };
}

/** How many of the newest stories to look at for the top: enough to skip a few columns. */
const TOP_CANDIDATES = 1 + SECONDS + 4;

export async function frontPage(locale: Locale): Promise<FrontPage> {
  const [latest, sections] = await Promise.all([listLatest(locale, TOP_CANDIDATES), getEditionSections(locale)]);
  // Enough of each section's newest to fill its row after the top's stories are taken out.
  const rows = await Promise.all(
    sections.map(async (section) => ({ section, articles: (await getSectionPage(locale, section.slug, 1, ROW_SIZE + TOP_CANDIDATES)).items })),
  );
  return composeFrontPage(latest, rows);
}
