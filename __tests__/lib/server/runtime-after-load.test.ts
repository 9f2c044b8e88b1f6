import { LOAD_WAIT_MS, runtimeAfterLoad, runtimeLoader } from '@/lib/server/runtime-after-load';
import { inlineScripts } from '@/lib/server/inline-scripts';

/** A page of the shape Next 16 writes (Turbopack): runtime tags in the head, one more with a preload after the content. */
const CHUNKS = ['/_next/static/chunks/aa11.js', '/_next/static/chunks/turbopack-bb22.js', '/_next/static/chunks/cc33.js'];
const PAYLOAD = `self.__next_f.push([1,"2:I[1,[\\"/_next/static/chunks/aa11.js\\"],\\"ShareActions\\"]"])`;
const nextPage = () =>
  '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>' +
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>' +
  `<link rel="preload" as="script" fetchPriority="low" href="${CHUNKS[2]}"/>` +
  `<script src="${CHUNKS[0]}" async=""></script><script src="${CHUNKS[1]}" async=""></script>` +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
  '<body><main><h1>عنوان الخبر</h1><p>&lt;script src="/_next/static/chunks/x.js" async=""&gt;&lt;/script&gt;</p></main>' +
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/cc33.js"]});</script>` +
  `<script src="${CHUNKS[2]}" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>${PAYLOAD}</script></body></html>`;

describe('runtimeAfterLoad', () => {
  const page = runtimeAfterLoad(nextPage());

  it('takes the runtime’s script tags and its preload out of the page', () => {
    expect(page).not.toMatch(/<script src="\/_next\/static\/[^"]*" async="">/);
    expect(page).not.toContain('as="script"');
  });

  it('leaves the rest as Next wrote it: the font preload, the legacy polyfill, the inline scripts, the text', () => {
    expect(page).toContain('<link rel="preload" href="/_next/static/media/font.woff2" as="font"');
    expect(page).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(page).toContain('<p>&lt;script src="/_next/static/chunks/x.js" async=""&gt;&lt;/script&gt;</p>');
    const before = inlineScripts(nextPage());
    expect(inlineScripts(page).slice(0, before.length)).toEqual(before);
  });

  it('asks for the same files, in the same order, from one loader placed last in the body', () => {
    const scripts = inlineScripts(page);
    expect(scripts.at(-1)).toBe(runtimeLoader(CHUNKS));
    expect(page.endsWith(`<script>${runtimeLoader(CHUNKS)}</script></body></html>`)).toBe(true);
  });

  it('changes nothing in a page without the runtime, or without a body end', () => {
    const plain = '<!DOCTYPE html><html><head></head><body><p>نص</p></body></html>';
    expect(runtimeAfterLoad(plain)).toBe(plain);
    const cut = nextPage().replace('</body></html>', '');
    expect(runtimeAfterLoad(cut)).toBe(cut);
  });

  it('cannot be ended early by a source that holds "</script>"', () => {
    expect(runtimeLoader(['/_next/static/chunks/a</script>.js'])).not.toContain('</script>');
  });
});

describe('the loader in a page', () => {
  const appended = () => [...document.head.querySelectorAll('script[src]')].map((s) => [s.getAttribute('src'), (s as HTMLScriptElement).async]);
  let readyState: DocumentReadyState;

  beforeEach(() => {
    jest.useFakeTimers();
    document.head.innerHTML = '';
    readyState = 'interactive';
    jest.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  const run = () => new Function(runtimeLoader(CHUNKS))();

  it('asks for nothing before the load event, and for each script once, async, in the frame after it', () => {
    run();
    jest.advanceTimersByTime(LOAD_WAIT_MS - 100);
    expect(appended()).toEqual([]);
    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    expect(appended()).toEqual([]); // not in the load event's own task: the frame it allows is painted first
    jest.advanceTimersByTime(100);
    expect(appended()).toEqual(CHUNKS.map((src) => [src, true]));
    jest.advanceTimersByTime(LOAD_WAIT_MS);
    window.dispatchEvent(new Event('load'));
    jest.runOnlyPendingTimers();
    expect(appended()).toHaveLength(CHUNKS.length);
  });

  it('does not wait past LOAD_WAIT_MS for a load event that is held', () => {
    run();
    jest.advanceTimersByTime(LOAD_WAIT_MS);
    jest.advanceTimersByTime(50);
    expect(appended()).toEqual(CHUNKS.map((src) => [src, true]));
  });

  it('asks at once (after a frame) when the page had already loaded', () => {
    readyState = 'complete';
    run();
    jest.advanceTimersByTime(50);
    expect(appended()).toHaveLength(CHUNKS.length);
  });
});
