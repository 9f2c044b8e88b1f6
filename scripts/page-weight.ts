/**
 * What a page costs a reader, gzipped: its HTML, the CSS and JavaScript files it loads plus its
 * inline scripts (the RSC payload), and the fonts it preloads. Used by the budget tests, and by hand:
 *   npx tsx scripts/page-weight.ts http://127.0.0.1:3400/news/1001 [more URLs…]
 */
import { gzipSync } from 'node:zlib';

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export interface Resource {
  path: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  url: string;
  html: string;
  htmlGzip: number;
  /** External scripts a modern browser downloads (noModule polyfills excluded). */
  jsFiles: Resource[];
  jsGzip: number;
  /** Inline scripts: Next's bootstrap and the page's RSC payload (JSON-LD excluded: not JavaScript). */
  inlineJsGzip: number;
  cssFiles: Resource[];
  /** Stylesheets, linked or inlined in <style> (next.config inlineCss). */
  cssGzip: number;
  preloadedFonts: Resource[];
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

async function fetchAll(origin: string, paths: string[]): Promise<Resource[]> {
  return Promise.all(
    [...new Set(paths)].map(async (path) => {
      const response = await fetch(new URL(path, origin));
      const bytes = Buffer.from(await response.arrayBuffer());
      return { path, bytes: bytes.length, gzip: gz(bytes) };
    }),
  );
}

export async function pageWeight(url: string): Promise<PageWeight> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const html = await response.text();
  const origin = new URL(url).origin;
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\snomodule/i.test(tag))
    .map((tag) => attr(tag, 'src'))
    .filter((src): src is string => Boolean(src));
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => attr(m[0], 'href')!);
  const fonts = [...html.matchAll(/<link\b[^>]*as="font"[^>]*>/g)].map((m) => attr(m[0], 'href')!);
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  // A client component's chunks may be named only in the RSC payload (its I rows), not in a script
  // tag: the runtime loads them at hydration all the same, so they count too.
  const referenced = inline.flatMap((text) => [...text!.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)].map((m) => m[0]));
  const allScripts = [...new Set([...scripts, ...referenced])];
  const [jsFiles, cssFiles, preloadedFonts] = await Promise.all([fetchAll(origin, allScripts), fetchAll(origin, styles), fetchAll(origin, fonts)]);
  const sum = (list: Resource[]) => list.reduce((total, item) => total + item.gzip, 0);
  return {
    url,
    html,
    htmlGzip: gz(Buffer.from(html)),
    jsFiles,
    jsGzip: sum(jsFiles),
    inlineJsGzip: gz(Buffer.from(inline.join(''))),
    cssFiles,
    cssGzip: sum(cssFiles) + (inlineCss ? gz(Buffer.from(inlineCss)) : 0),
    preloadedFonts,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function describeWeight(w: PageWeight): string {
  const fonts = w.preloadedFonts.map((f) => `${f.path.split('/').pop()} ${kb(f.bytes)}`).join(', ') || 'none';
  return `${w.url}\n  HTML ${kb(w.htmlGzip)} | JS ${kb(w.jsGzip)} in ${w.jsFiles.length} files + inline ${kb(w.inlineJsGzip)} | CSS ${kb(w.cssGzip)} | fonts preloaded: ${fonts}  (all gzipped)`;
}

// Run by hand (`npx tsx scripts/page-weight.ts URL…`, an ES module): `require` exists only when Jest loads it.
if (typeof require === 'undefined' && process.argv[1]?.endsWith('page-weight.ts')) {
  (async () => {
    for (const url of process.argv.slice(2)) console.log(describeWeight(await pageWeight(url)));
  })();
}
