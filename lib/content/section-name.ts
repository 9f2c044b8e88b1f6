import type { Locale } from '@/lib/locales';
import type { Section } from './types';

const ARABIC_ARTICLE = 'ال';

/**
 * A section's name as it reads inside a sentence. Sections are named as the navigation shows them,
 * as bare nouns — «اقتصاد», «رياضة» — and a bare noun after «من» or «قسم» is not Arabic («المزيد من
 * اقتصاد», «أحدث رياضة»). What the newsroom entered for the section wins (a proper noun — «مصر» — takes
 * no article); otherwise a one-word Arabic name takes it («المزيد من الاقتصاد»), and a name that has
 * it, of more than one word («مقالات الرأي», already definite) or in Latin letters stays as written.
 *
 * In English the sentences name what the section publishes ("More sports news", "The latest opinion
 * pieces from Al-Wafd"): a navigation label ("Opinion", "Sports") is no such noun. What the newsroom
 * entered wins; otherwise the name is followed by "news" (unless it says news already), its case
 * kept: "Egypt" is a proper noun, and nothing here can tell it from a common one.
 */
export function sectionInSentence(section: Pick<Section, 'name' | 'inSentence'>, locale: Locale): string {
  const entered = section.inSentence?.[locale]?.trim();
  if (entered) return entered;
  const name = section.name[locale].trim();
  if (locale === 'en') return /\bnews$/i.test(name) ? name : `${name} news`;
  if (/\s/.test(name) || name.startsWith(ARABIC_ARTICLE) || !/^[\u0621-\u064A]/.test(name)) return name;
  return `${ARABIC_ARTICLE}${name}`;
}
