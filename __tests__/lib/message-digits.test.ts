import { createTranslator } from 'next-intl';
import ar from '@/messages/ar.json';

/**
 * Counts in Arabic messages are printed with the digits of the dates beside them (lib/format:
 * Western, as the paper prints them online). A plural's `#` would format the count with the
 * runtime's default for plain "ar" instead — Arabic-Indic digits in ICU before CLDR 46 (Node 20's
 * own ICU, for one): «خلال آخر ٢٤ ساعة» next to «24 نوفمبر». Such a runtime is played here.
 */
const RealNumberFormat = Intl.NumberFormat;

beforeAll(() => {
  const arabicIndic = (locales?: string | readonly string[]) => [locales ?? []].flat().map((tag) => (tag === 'ar' ? 'ar-u-nu-arab' : tag));
  Intl.NumberFormat = new Proxy(RealNumberFormat, {
    construct: (Target, [locales, options]) => new Target(arabicIndic(locales), options),
    apply: (Target, _this, [locales, options]) => Target(arabicIndic(locales), options),
  });
});

afterAll(() => {
  Intl.NumberFormat = RealNumberFormat;
});

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/;

it('prints Arabic counts in Western digits whatever the runtime’s default for "ar"', () => {
  expect(new Intl.NumberFormat('ar').format(24)).toBe('٢٤'); // the runtime played
  const t = createTranslator({ locale: 'ar', messages: ar });
  const shown = [
    t('Article.readingTime', { minutes: 24 }),
    t('MostRead.window', { hours: 24 }),
    t('Search.tooLong', { length: 211, max: 200 }),
    t('Search.tooLong', { length: 0, max: 200 }),
  ];
  expect(shown).toEqual([
    '24 دقيقة للقراءة',
    'خلال آخر 24 ساعة',
    expect.stringContaining('(211 حرفًا)'),
    expect.stringContaining('(0 حرف)'),
  ]);
  for (const text of shown) expect(text).not.toMatch(ARABIC_INDIC);
});
