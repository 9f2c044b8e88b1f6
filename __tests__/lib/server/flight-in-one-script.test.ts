/** @jest-environment node */
import { runInNewContext } from 'node:vm';
import { joinFlightScripts } from '@/lib/server/flight-in-one-script';
import { inlineScriptHashes, inlineScripts } from '@/lib/server/inline-scripts';

/** The end of a page as Next 16 writes it: Turbopack's chunk list, then the payload chunk by chunk. */
const INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const CHUNKS = ['self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])', 'self.__next_f.push([1,"2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"الوفد \\u003cb\\u003e\\"}]\\n"])', 'self.__next_f.push([1,"3:null\\n"])'];
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});';
const page = (payload: string[]) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head></head><body><main><p>نص الخبر</p></main>` +
  `<script id="_R_">${TURBOPACK}</script>${payload.map((s) => `<script>${s}</script>`).join('')}</body></html>`;

/** What the scripts leave in self.__next_f when a browser runs them in order. */
function pushed(html: string): unknown[] {
  const self: { __next_f?: unknown[] } = {};
  for (const script of inlineScripts(html)) runInNewContext(script, { self, globalThis: {} });
  return self.__next_f!;
}

describe('joinFlightScripts', () => {
  const before = page([INIT, ...CHUNKS]);
  const after = joinFlightScripts(before);

  it('makes the payload one script: the page lists three hashes fewer, whatever its length', () => {
    expect(inlineScriptHashes(before)).toHaveLength(5);
    expect(inlineScriptHashes(after)).toHaveLength(2);
    const longer = joinFlightScripts(page([INIT, ...CHUNKS, ...CHUNKS.map((c) => c.replace('[1,"', '[1,"x'))]));
    expect(inlineScriptHashes(longer)).toHaveLength(2);
  });

  it('pushes the same chunks, in the same order', () => {
    expect(pushed(after)).toEqual(pushed(before));
    expect(pushed(after)).toEqual([[0], [1, '1:"$Sreact.fragment"\n'], [1, '2:["$","p",null,{"children":"الوفد <b>"}]\n'], [1, '3:null\n']]);
  });

  it('changes nothing else: the content, the script with an attribute', () => {
    expect(after.replace(/<script>.*<\/script><\/body>/, '')).toBe(before.replace(/<script>\(self.*<\/script><\/body>/, ''));
    expect(after).toContain(`<script id="_R_">${TURBOPACK}</script>`);
  });

  it('leaves runs apart where markup stands between them, and any script of another shape', () => {
    const streamed = `<body><script>${INIT}</script><div hidden id="S:0"><p>لاحقًا</p></div><script>${CHUNKS[0]}</script><script>alert(1)</script><script>${CHUNKS[1]}</script></body>`;
    expect(joinFlightScripts(streamed)).toBe(streamed);
    const unescaped = `<script>${INIT}</script><script>self.__next_f.push([1,"<b>"])</script>`;
    expect(joinFlightScripts(unescaped)).toBe(unescaped);
  });

  it('changes nothing in a page without a payload', () => {
    const plain = '<!DOCTYPE html><html><body><p>نص</p></body></html>';
    expect(joinFlightScripts(plain)).toBe(plain);
  });
});
