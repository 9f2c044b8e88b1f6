/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { setRequestLocale } from 'next-intl/server';
import { generateMetadata } from '@/app/[locale]/not-found';
import { generateMetadata as rootMetadata } from '@/app/not-found';
import { generateMetadata as missingMetadata } from '@/app/[locale]/missing/page';
import { generateMetadata as goneMetadata } from '@/app/[locale]/gone/page';

const phase = process.env.NEXT_PHASE;
afterEach(() => {
  if (phase === undefined) delete process.env.NEXT_PHASE;
  else process.env.NEXT_PHASE = phase;
});

const params = (locale: string) => ({ params: Promise.resolve({ locale }) });
const NOINDEX_FOLLOW = { index: false, follow: true };

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
    expect(await generateMetadata(params(locale))).toEqual({ title });
  });
});

/**
 * One robots tag on a 404 or 410 page: Next writes `noindex` into every page it renders under an
 * error status, so ours is written only where Next's is not — the build's prerender of /missing and
 * /gone, which has no status yet.
 */
describe('the robots tag of the 404 and 410 pages, in both editions', () => {
  it.each(['ar', 'en'])('in %s: left to Next wherever the site renders them under their status', async (locale) => {
    for (const value of [undefined, PHASE_PRODUCTION_SERVER]) {
      if (value === undefined) delete process.env.NEXT_PHASE;
      else process.env.NEXT_PHASE = value;
      for (const meta of [await missingMetadata(params(locale)), await goneMetadata(params(locale)), await generateMetadata(params(locale))]) {
        expect(meta).not.toHaveProperty('robots');
      }
    }
  });

  it.each(['ar', 'en'])('in %s: ours (noindex, follow) in the build’s prerender of /missing and /gone, never on the boundary', async (locale) => {
    process.env.NEXT_PHASE = PHASE_PRODUCTION_BUILD;
    expect((await missingMetadata(params(locale))).robots).toEqual(NOINDEX_FOLLOW);
    expect((await goneMetadata(params(locale))).robots).toEqual(NOINDEX_FOLLOW);
    // Next renders the boundary under 404 even in a build, and marks it.
    expect(await generateMetadata(params(locale))).not.toHaveProperty('robots');
  });

  it('relies on what Next still does: a page rendered under a status above 400 gets its noindex tag', () => {
    // If an upgrade drops this, the 404 and 410 pages rendered at run time carry no robots tag: see errorPageMetadata.
    const appRender = readFileSync(require.resolve('next/dist/server/app-render/app-render.js'), 'utf8');
    expect(appRender).toMatch(/statusCode > 400;[\s\S]{0,400}name: 'robots',\s*content: 'noindex'/);
  });
});

describe('the 404 outside every edition (app/not-found)', () => {
  // Next answers some paths itself (/_next/data/…) with it: no layout above writes the paper's name.
  it('is titled as the Arabic edition’s 404 page, the paper’s name included', async () => {
    expect(await rootMetadata()).toEqual({ title: { absolute: 'الصفحة غير موجودة | الوفد' } });
  });
});
