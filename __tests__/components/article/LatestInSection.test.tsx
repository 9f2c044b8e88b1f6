import { screen } from '@testing-library/react';
import { LatestInSection } from '@/components/article/LatestInSection';
import { teaser } from '@/lib/content/memory-source';
import { makeArticle, SECTIONS } from '../../support/content';
import { renderInLocale } from '../../support/render';

const section = (slug: string) => SECTIONS.find((s) => s.slug === slug)!;

describe('LatestInSection', () => {
  it('is headed by the section as a sentence names it, in both editions', () => {
    renderInLocale(<LatestInSection locale="en" section={section('opinion')} articles={[teaser(makeArticle(2, { locale: 'en', section: 'opinion' }))]} />, 'en');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Latest opinion pieces$/);
  });

  it('gives an Arabic section its article', () => {
    renderInLocale(<LatestInSection locale="ar" section={section('sports')} articles={[teaser(makeArticle(3, { section: 'sports' }))]} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^الأحدث في الرياضة$/);
  });
});
