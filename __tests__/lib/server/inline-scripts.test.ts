/** @jest-environment node */
import { createHash } from 'node:crypto';
import { inlineScriptHashes, inlineScripts } from '@/lib/server/inline-scripts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScripts', () => {
  it('finds the text of every <script> without src, as the HTML parser delimits it', () => {
    const html = [
      '<!doctype html><html><head>',
      '<script src="/_next/static/a.js" async=""></script>',
      '<script>self.__next_f=self.__next_f||[]</script>',
      '<SCRIPT type="application/ld+json">{"@type":"NewsArticle","name":"a \\u003c/script> b"}</SCRIPT >',
      '<script nonce="" data-x=\'has > in it\'>(function(){ if (1 < 2) {} })()</script\t>',
      '</head><body><script id="x" src = "/b.js"></script><script></script>',
      '<p>text <script>last()</script></p></body></html>',
    ].join('');
    expect(inlineScripts(html)).toEqual([
      'self.__next_f=self.__next_f||[]',
      '(function(){ if (1 < 2) {} })()',
      '',
      'last()',
    ]);
  });

  it('leaves out JSON data blocks, which the browser never runs, but not import maps, speculation rules or modules', () => {
    const html = [
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      "<script type='application/json' id=data>{}</script>",
      '<script type=module>m()</script>',
      '<script type="importmap">{"imports":{}}</script>',
      '<script type="speculationrules">{"prerender":[]}</script>',
      '<script type="text/javascript">j()</script>',
    ].join('');
    expect(inlineScripts(html)).toEqual(['m()', '{"imports":{}}', '{"prerender":[]}', 'j()']);
  });

  it('skips what only looks like a script: comments, attribute values, text in <title>, <style>, <textarea>', () => {
    const html =
      '<!-- <script>commented()</script> --><title>a <script>t()</script></title><style>p::after{content:"<script>s()</script>"}</style>' +
      '<textarea><script>x()</script></textarea><a title="<script>y()</script>">a</a><scripts>z()</scripts><script>real()</script>';
    expect(inlineScripts(html)).toEqual(['real()']);
  });

  it('hashes what the browser hashes: the text after its parser turned CR LF and lone CR into LF', () => {
    const html = '<script>a();\r\nb();\rc();</script>';
    expect(inlineScripts(html)).toEqual(['a();\nb();\nc();']);
  });

  it('runs to the end of the document when a script is never closed, as the parser does', () => {
    expect(inlineScripts('<p>x</p><script>unfinished(')).toEqual(['unfinished(']);
  });
  it('reads a 100 KB Arabic page in milliseconds on every call, not only before V8 optimizes the scanner', () => {
    // Every cold render is scanned once. Lower-casing the whole page first ran ≈ 100 ms per call
    // here once the function had run about twenty times (optimized code, two-byte string).
    const paragraph = '<p>قال مصدر مسؤول إن الحكومة تدرس زيادة الاستثمارات في قطاع الطاقة خلال العام المقبل.</p>';
    const page = `<!doctype html><html lang="ar" dir="rtl"><head><title>عنوان</title><script src="/a.js"></script></head><body>${paragraph.repeat(1100)}<script>self.__next_f.push([1,"x"])</script></body></html>`;
    expect(page.length).toBeGreaterThan(90_000);
    const times: number[] = [];
    for (let run = 0; run < 60; run++) {
      const started = performance.now();
      expect(inlineScripts(page)).toEqual(['self.__next_f.push([1,"x"])']);
      times.push(performance.now() - started);
    }
    const late = times.slice(-20).sort((a, b) => a - b);
    expect(late[10]).toBeLessThan(20);
  });
});

describe('inlineScriptHashes', () => {
  it('lists each distinct script’s SHA-256 as a CSP source, in document order, over UTF-8', () => {
    const html = '<script>b()</script><script>a()</script><script>b()</script><script>document.title="الوفد"</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('b()'), sha('a()'), sha('document.title="الوفد"')]);
  });
});
