import type { Locale } from '@/lib/locales';

const ARABIC_ARTICLE = 'ال';

/**
 * A section's name as it reads inside a sentence. Sections are named as the navigation shows them,
 * as bare nouns — «اقتصاد», «رياضة» — and a bare noun after «من» or «قسم» is not Arabic («المزيد من
 * اقتصاد», «أحدث رياضة»): inside a sentence a one-word name takes the article («المزيد من الاقتصاد»).
 * A name that already has it, or of more than one word («مقالات الرأي», already definite), stays as
 * the newsroom wrote it; English names read the same in a sentence as in the navigation.
 */
export function sectionInSentence(name: string, locale: Locale): string {
  const trimmed = name.trim();
  if (locale !== 'ar' || /\s/.test(trimmed) || trimmed.startsWith(ARABIC_ARTICLE)) return trimmed;
  return `${ARABIC_ARTICLE}${trimmed}`;
}
