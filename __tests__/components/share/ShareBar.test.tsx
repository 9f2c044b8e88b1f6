import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { STATUS_MS } from '@/components/share/ShareActions';
import { ShareBar } from '@/components/share/ShareBar';
import { renderInLocale, serverHtml } from '../../support/render';

const url = 'https://www.alwafd.news/news/1001';
const title = 'SpaceX تخطط للاكتتاب العام';

describe('ShareBar', () => {
  it('offers WhatsApp, Facebook, X and Telegram as plain links carrying the canonical URL', () => {
    renderInLocale(<ShareBar url={url} title={title} locale="ar" />);
    const bar = screen.getByRole('navigation', { name: 'شارك الخبر' });
    const hrefs = within(bar)
      .getAllByRole('link')
      .map((a) => [a.getAttribute('aria-label'), new URL(a.getAttribute('href')!).hostname]);
    expect(hrefs).toEqual([
      ['شارك عبر واتساب', 'wa.me'],
      ['شارك عبر فيسبوك', 'www.facebook.com'],
      ['شارك عبر إكس', 'x.com'],
      ['شارك عبر تيليجرام', 't.me'],
    ]);
  });

  it('sends no copy or share button in the server HTML (they need JavaScript)', () => {
    const html = serverHtml(<ShareBar url={url} title={title} locale="ar" />);
    expect(html).toContain('wa.me');
    expect(html).not.toContain('<button');
  });

  it('copies the canonical URL and says so', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderInLocale(<ShareBar url={url} title={title} locale="ar" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'انسخ الرابط' })));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(screen.getByRole('status')).toHaveTextContent('تم نسخ الرابط');
  });

  it('clears "copied" after a few seconds, so a second copy is announced again', async () => {
    jest.useFakeTimers();
    try {
      Object.assign(navigator, { clipboard: { writeText: jest.fn().mockResolvedValue(undefined) } });
      renderInLocale(<ShareBar url={url} title={title} locale="ar" />);
      const copy = screen.getByRole('button', { name: 'انسخ الرابط' });
      await act(async () => fireEvent.click(copy));
      expect(screen.getByRole('status')).toHaveTextContent('تم نسخ الرابط');
      await act(async () => jest.advanceTimersByTime(STATUS_MS));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      await act(async () => fireEvent.click(copy));
      expect(screen.getByRole('status')).toHaveTextContent('تم نسخ الرابط');
    } finally {
      jest.useRealTimers();
    }
  });

  it('offers the native share sheet only where the browser has one, and hands it the story', async () => {
    renderInLocale(<ShareBar url={url} title={title} locale="en" />, 'en');
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
    cleanup();

    const share = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { share });
    try {
      renderInLocale(<ShareBar url={url} title={title} locale="ar" />);
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'مشاركة' })));
      expect(share).toHaveBeenCalledWith(expect.objectContaining({ url, title }));
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });
});
