import { getTranslations } from 'next-intl/server';
import { site, type Locale } from '@/lib/site';

export interface FeedLabels {
  title: string;
  description: string;
  /** The localized name of each section, for <category>. */
  sectionName: (section: string) => string;
}

/**
 * A feed's title and description in its edition's words (messages, namespace "Feeds"), with the
 * paper's name from content/site.json. The same title names the feed in the pages' <link rel=alternate>.
 */
export async function feedLabels(locale: Locale, section?: string): Promise<FeedLabels> {
  const [t, sections] = await Promise.all([
    getTranslations({ locale, namespace: 'Feeds' }),
    getTranslations({ locale, namespace: 'Sections' }),
  ]);
  const name = site.name[locale];
  const sectionName = (id: string) => sections(id);
  if (section === undefined) {
    return { title: t('title', { name }), description: t('description', { name }), sectionName };
  }
  const values = { name, section: sectionName(section) };
  return { title: t('sectionTitle', values), description: t('sectionDescription', values), sectionName };
}
