/** @jest-environment node */
import { setRequestLocale } from 'next-intl/server';
import { generateMetadata } from '@/app/[locale]/not-found';

/**
 * The edition's not-found boundary is what Next renders when it renders /missing again under a 404
 * (after five minutes), so it must be titled as /missing is — not with the paper's name alone.
 */
describe('the not-found boundary’s title', () => {
  it.each([
    ['ar', 'الصفحة غير موجودة'],
    ['en', 'Page not found'],
  ])('in %s: %s', async (locale, title) => {
    // The request's locale says otherwise: the segment's own parameter decides.
    setRequestLocale(locale === 'ar' ? 'en' : 'ar');
    expect(await generateMetadata({ params: Promise.resolve({ locale }) })).toEqual({ title, robots: { index: false, follow: true } });
  });
});
