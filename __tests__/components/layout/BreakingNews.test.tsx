import { act, fireEvent, screen } from '@testing-library/react';
import { BreakingNews } from '@/components/layout/BreakingNews';
import { BreakingStrip } from '@/components/layout/BreakingStrip';
import { DISMISSED_KEY, POLL_MS } from '@/lib/breaking';
import type { BreakingItem } from '@/lib/content/types';
import { breakingPath } from '@/lib/routes';
import type { Locale } from '@/lib/site';
import { renderInLocale, serverHtml } from '../../support/render';

const NOW = Date.parse('2026-11-29T10:00:00+02:00');
const LIVE: BreakingItem = { id: 7, text: 'عاجل: انقطاع الكهرباء في القاهرة', link: '/news/1001', expiresAt: '2026-11-29T12:00:00+02:00' };
const SOON: BreakingItem = { id: 8, text: 'خبر ينتهي قريبًا', expiresAt: '2026-11-29T10:00:40+02:00' };
const NEW: BreakingItem = { id: 9, text: 'خبر عاجل جديد', expiresAt: '2026-11-29T13:00:00+02:00' };

let answer: BreakingItem[] = [];
// jsdom has no Response: the island needs only these two members of one.
const fetchMock = jest.fn(async () => ({ ok: true, json: async () => ({ items: answer }) }));

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
  localStorage.clear();
  answer = [];
  fetchMock.mockClear();
  global.fetch = fetchMock as unknown as typeof fetch;
});
afterEach(() => {
  jest.useRealTimers();
  // The pre-paint test writes the server HTML into the page by hand: nothing of it may linger.
  document.body.innerHTML = '';
});

const LABELS = { ar: { title: 'عاجل', dismiss: 'إخفاء هذا الخبر العاجل: {text}' }, en: { title: 'Breaking', dismiss: 'Hide this breaking news: {text}' } };
/** The island alone, as the browser runs it (the strip's inline script is the server's part). */
const island = (locale: Locale, items: BreakingItem[]) => <BreakingNews initial={items} endpoint={breakingPath(locale)} labels={LABELS[locale]} />;

/** Lets the island's fetch and state updates settle. */
const settle = () => act(async () => {
  await jest.advanceTimersByTimeAsync(0);
});

describe('a breaking line with words in the other script', () => {
  it('speaks them in their own voice, from the runs the server split, with or without JavaScript', async () => {
    const mixed: BreakingItem = { ...LIVE, text: 'عاجل: SpaceX تؤجل الإطلاق', runs: [{ text: 'عاجل: ' }, { text: 'SpaceX', lang: 'en' }, { text: ' تؤجل الإطلاق' }] };
    expect(serverHtml(<BreakingStrip locale="ar" items={[mixed]} />)).toContain('<a href="/news/1001" class="underline-offset-4 hover:underline focus-visible:outline-on-alert">عاجل: <span lang="en">SpaceX</span> تؤجل الإطلاق</a>');
    // And as the island keeps it current, from the edition's JSON.
    answer = [mixed];
    renderInLocale(island('ar', []));
    await settle();
    const line = screen.getByRole('link', { name: mixed.text });
    expect([...line.querySelectorAll('[lang="en"]')].map((span) => span.textContent)).toEqual(['SpaceX']);
  });
});

describe('the breaking-news strip without JavaScript (server HTML)', () => {
  it('shows each live line, linked when it has a link, under its label, in a polite live region', () => {
    const html = serverHtml(<BreakingStrip locale="ar" items={[LIVE, SOON]} />);
    expect(html).toMatch(/<div id="breaking-news" aria-live="polite"[^>]*><section aria-label="عاجل"/);
    expect(html).toContain('<a href="/news/1001"');
    expect(html).toContain(LIVE.text);
    expect(html).toContain(SOON.text);
    // The dismiss button keeps its place but is unseen until the island can make it work.
    expect(html).toMatch(/<button[^>]*class="[^"]*\binvisible\b/);
    // The reader's earlier dismissals are applied before the first paint.
    expect(html).toContain(`<script>(()=>{try{const d=JSON.parse(localStorage.getItem("${DISMISSED_KEY}")`);
  });

  it('the pre-paint script hides what this reader dismissed, and the whole strip when that is everything', () => {
    const run = (items: BreakingItem[]) => {
      document.body.innerHTML = serverHtml(<BreakingStrip locale="ar" items={items} />);
      // The inline script, run as the browser runs it.
      new Function(document.querySelector('script')!.textContent!)();
      return document.getElementById('breaking-news')!;
    };
    localStorage.setItem(DISMISSED_KEY, JSON.stringify([LIVE.id]));
    const strip = run([LIVE, NEW]);
    expect(strip.querySelector(`[data-breaking-id="${LIVE.id}"]`)).toHaveAttribute('hidden');
    expect(strip.querySelector(`[data-breaking-id="${NEW.id}"]`)).not.toHaveAttribute('hidden');
    expect(strip.querySelector('section')).not.toHaveAttribute('hidden');
    expect(run([LIVE]).querySelector('section')).toHaveAttribute('hidden');
    localStorage.setItem(DISMISSED_KEY, 'not json');
    expect(run([LIVE]).querySelector('[hidden]')).toBeNull();
  });

  it('is gone when nothing is live: only the empty live region stays, ready for news', () => {
    const html = serverHtml(<BreakingStrip locale="en" items={[]} />, 'en');
    expect(html).toBe('<div id="breaking-news" aria-live="polite" class="print:hidden"></div>');
  });
});

describe('the breaking-news island', () => {
  it('is labelled with the edition’s words', () => {
    const html = serverHtml(<BreakingStrip locale="en" items={[NEW]} />, 'en');
    expect(html).toContain('<section aria-label="Breaking"');
    expect(html).toContain(`aria-label="Hide this breaking news: ${NEW.text}"`);
    expect(html).toContain(`title="Hide this breaking news: ${NEW.text}"`);
    expect(html).not.toContain('{text}');
    // The line is put into the words as it is: "$&" in a headline is text, not a replacement pattern.
    const dollars = { ...NEW, id: 10, text: 'Pound at $& and $$ 50' };
    expect(serverHtml(<BreakingStrip locale="en" items={[dollars]} />, 'en')).toContain('aria-label="Hide this breaking news: Pound at $&amp; and $$ 50"');
  });

  it('waits for the page to finish loading before its first check: the story’s picture and font come first', async () => {
    const readyState = jest.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    try {
      answer = [NEW];
      renderInLocale(island('en', [LIVE]), 'en');
      await settle();
      expect(fetchMock).not.toHaveBeenCalled();
      expect(screen.queryByText(NEW.text)).not.toBeInTheDocument();
      readyState.mockReturnValue('complete');
      await act(async () => {
        window.dispatchEvent(new Event('load'));
        await jest.advanceTimersByTimeAsync(0);
      });
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(screen.getByText(NEW.text)).toBeInTheDocument();
      // The fallback that would have started it anyway does not ask a second time.
      await act(async () => {
        await jest.advanceTimersByTimeAsync(3000);
      });
      expect(fetchMock).toHaveBeenCalledTimes(1);
    } finally {
      readyState.mockRestore();
    }
  });

  it('does not wait more than 3 s for a load that one slow file holds up', async () => {
    const readyState = jest.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    try {
      answer = [NEW];
      renderInLocale(island('en', [LIVE]), 'en');
      await act(async () => {
        await jest.advanceTimersByTimeAsync(2900);
      });
      expect(fetchMock).not.toHaveBeenCalled();
      await act(async () => {
        await jest.advanceTimersByTimeAsync(100);
      });
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(screen.getByText(NEW.text)).toBeInTheDocument();
    } finally {
      readyState.mockRestore();
    }
  });

  it('asks its edition’s JSON once the page has loaded and every 30 s while it is in view, and shows what is new', async () => {
    answer = [NEW, LIVE];
    renderInLocale(island('en', [LIVE]), 'en');
    await settle();
    expect(fetchMock).toHaveBeenCalledWith('/api/breaking-news/en', { cache: 'no-cache' });
    expect(screen.getByText(NEW.text)).toBeInTheDocument();
    answer = [];
    await act(async () => {
      await jest.advanceTimersByTimeAsync(POLL_MS);
    });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('region', { name: 'Breaking' })).not.toBeInTheDocument();
    expect(document.getElementById('breaking-news')).toBeInTheDocument();
  });

  it('does not poll while the page is hidden, and catches up when it is seen again', async () => {
    renderInLocale(island('ar', []));
    await settle();
    const hidden = jest.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(3 * POLL_MS);
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    hidden.mockReturnValue(false);
    answer = [NEW];
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(screen.getByText(NEW.text)).toBeInTheDocument();
    hidden.mockRestore();
  });

  it('drops a line at the first check after it expires (within 30 s), even if the JSON it holds is older', async () => {
    answer = [LIVE, SOON];
    renderInLocale(island('ar', [LIVE, SOON]));
    await settle();
    expect(screen.getByText(SOON.text)).toBeInTheDocument();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(POLL_MS);
    });
    // 10:00:30: not yet expired.
    expect(screen.getByText(SOON.text)).toBeInTheDocument();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(POLL_MS);
    });
    expect(screen.queryByText(SOON.text)).not.toBeInTheDocument();
    expect(screen.getByText(LIVE.text)).toBeInTheDocument();
  });

  it('lets the reader dismiss a line for good: remembered on the device, not on the server', async () => {
    answer = [LIVE, NEW];
    const { unmount } = renderInLocale(island('ar', [LIVE, NEW]));
    await settle();
    const first = screen.getByRole('button', { name: `إخفاء هذا الخبر العاجل: ${LIVE.text}` });
    expect(first).not.toHaveClass('invisible');
    fireEvent.click(first!);
    expect(screen.queryByText(LIVE.text)).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(DISMISSED_KEY)!)).toEqual([LIVE.id]);
    expect(document.cookie).toBe('');
    unmount();
    // The next page view: still hidden, the other line still there.
    renderInLocale(island('ar', [LIVE, NEW]));
    await settle();
    expect(screen.queryByText(LIVE.text)).not.toBeInTheDocument();
    expect(screen.getByText(NEW.text)).toBeInTheDocument();
  });

  it('keeps keyboard focus in place: on the next line’s button, then on the page’s content when none is left', async () => {
    answer = [LIVE, NEW];
    renderInLocale(
      <>
        {island('ar', [LIVE, NEW])}
        <main id="main-content" tabIndex={-1} />
      </>,
    );
    await settle();
    const first = screen.getByRole('button', { name: `إخفاء هذا الخبر العاجل: ${LIVE.text}` });
    first.focus();
    fireEvent.click(first);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `إخفاء هذا الخبر العاجل: ${NEW.text}` }));
    fireEvent.click(document.activeElement!);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(document.getElementById('main-content'));
  });

  it('moves no focus when the button did not hold it (a click in Safari)', async () => {
    answer = [LIVE, NEW];
    renderInLocale(island('ar', [LIVE, NEW]));
    await settle();
    const search = document.createElement('input');
    document.body.append(search);
    search.focus();
    fireEvent.click(screen.getByRole('button', { name: `إخفاء هذا الخبر العاجل: ${LIVE.text}` }));
    expect(document.activeElement).toBe(search);
  });
});
