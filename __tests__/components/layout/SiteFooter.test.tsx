import { screen } from '@testing-library/react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { MASTHEAD } from '../../support/content';
import { renderInLocale } from '../../support/render';

/** The page's foot: the paper's name, its leadership, the year's rights, the masthead and the feed. */
describe('SiteFooter', () => {
  it('links the masthead and the edition’s feed, the acronym spoken in English on the Arabic page', () => {
    renderInLocale(<SiteFooter locale="ar" year={2026} masthead={MASTHEAD} />);
    expect(screen.getByRole('link', { name: 'هيئة التحرير' })).toHaveAttribute('href', '/masthead');
    const feed = screen.getByRole('link', { name: 'خلاصة RSS' });
    expect(feed).toHaveAttribute('href', '/rss.xml');
    expect([...feed.querySelectorAll('[lang="en"]')].map((span) => span.textContent)).toEqual(['RSS']);
    expect(screen.getByText(MASTHEAD[0]!.name.ar)).toBeInTheDocument();
  });

  it('needs no language marks in the English edition', () => {
    renderInLocale(<SiteFooter locale="en" year={2026} masthead={MASTHEAD} />, 'en');
    const feed = screen.getByRole('link', { name: 'RSS feed' });
    expect(feed).toHaveAttribute('href', '/en/rss.xml');
    expect(feed.querySelector('[lang]')).toBeNull();
  });
});
