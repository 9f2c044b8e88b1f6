import { getTranslations } from 'next-intl/server';
import { sectionInSentence } from '@/lib/content/section-name';
import type { Section } from '@/lib/content/types';
import { site, type Locale } from '@/lib/site';

export interface FeedLabels {
  title: string;
  description: string;
}

/**
 * A feed's title and description in its edition's words (messages, namespace "Feeds"), with the
 * paper's name from content/site.json. The same title names the feed in the pages' <link rel=alternate>.
 */
export async function feedLabels(locale: Locale, section?: Section): Promise<FeedLabels> {
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  const name = site.name[locale];
  const title = await feedTitle(locale, section?.name[locale]);
  if (section === undefined) return { title, description: t('description', { name }) };
  return { title, description: t('sectionDescription', { name, section: sectionInSentence(section, locale) }) };
}

/** The title alone: the edition's feed, or a section's by the section's name in the edition. */
export async function feedTitle(locale: Locale, sectionName?: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  const name = site.name[locale];
  return sectionName === undefined ? t('title', { name }) : t('sectionTitle', { name, section: sectionName });
}

/** A columnist's feed: their name, and the paper's. */
export async function writerFeedLabels(locale: Locale, writer: string): Promise<FeedLabels> {
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  const values = { name: site.name[locale], writer };
  return { title: t('writerTitle', values), description: t('writerDescription', values) };
}
