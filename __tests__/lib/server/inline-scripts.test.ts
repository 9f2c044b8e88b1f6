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
      '{"@type":"NewsArticle","name":"a \\u003c/script> b"}',
      '(function(){ if (1 < 2) {} })()',
      '',
      'last()',
    ]);
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
});

describe('inlineScriptHashes', () => {
  it('lists each distinct script’s SHA-256 as a CSP source, in document order, over UTF-8', () => {
    const html = '<script>b()</script><script>a()</script><script>b()</script><script>document.title="الوفد"</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('b()'), sha('a()'), sha('document.title="الوفد"')]);
  });
});
