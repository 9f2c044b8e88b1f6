/**
 * What the build ships with each server function: the file traces (`*.nft.json`) Next writes for
 * every route and for the proxy. On Vercel these lists are the function's whole disk, so a
 * file-system read the tracer cannot follow either ships the whole project (sources, docs, tests)
 * into every function, or leaves out a file the function reads at runtime.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, process.env.NEXT_DIST_DIR ?? '.next-test');

/** Project files (not node_modules, not the build's own output) a trace ships, relative to the project. */
function tracedProjectFiles(trace: string): string[] {
  const file = path.join(dist, 'server', trace);
  const { files } = JSON.parse(fs.readFileSync(file, 'utf8')) as { files: string[] };
  return files
    .map((entry) => path.relative(root, path.resolve(path.dirname(file), entry)))
    .filter((entry) => !entry.startsWith('node_modules/') && !entry.startsWith(path.relative(root, dist) + '/'));
}

const allTraces = (): string[] =>
  (fs.readdirSync(path.join(dist, 'server'), { recursive: true }) as string[]).filter((name) => name.endsWith('.nft.json'));

const SEED_IMAGE = 'public/images/articles/1001-spacex-ipo.webp';

/** Next's page cache under `next start` (next.config's `cacheHandler`): a file Next loads itself, by its path, as it runs. */
const PAGE_CACHE = 'lib/cache/page-cache-handler.cjs';

describe('server file traces', () => {
  it('no function ships the project itself: sources, docs, tests and scripts stay out', () => {
    const traces = allTraces();
    expect(traces).toContain('middleware.js.nft.json');
    const shipped = new Set(traces.flatMap(tracedProjectFiles));
    const strays = [...shipped].filter((file) => file !== PAGE_CACHE && /^(app|components|lib|i18n|__tests__|e2e|scripts|docs)\/|^[^/]+\.(md|ts|mjs)$/.test(file));
    expect(strays).toEqual([]);
    // The one project file a server needs as it is, not built into it: without it a page would have no cache.
    expect(shipped).toContain(PAGE_CACHE);
  });

  it('no function ships this machine’s database or uploads (.data)', () => {
    const shipped = new Set(allTraces().flatMap(tracedProjectFiles));
    expect([...shipped].filter((file) => file.startsWith('.data/'))).toEqual([]);
  });

  it('reader pages and feeds ship no pictures: they read them from the database and the media store', () => {
    for (const trace of ['app/rss.xml/route.js.nft.json', 'app/[locale]/news/[id]/page.js.nft.json']) {
      expect(tracedProjectFiles(trace).filter((file) => file.startsWith('public/'))).toEqual([]);
    }
  });

  it('social cards ship the images and the fonts they draw with', () => {
    const card = tracedProjectFiles('app/cards/[file]/route.js.nft.json');
    expect(card).toEqual(expect.arrayContaining([SEED_IMAGE, 'assets/fonts/NotoNaskhArabic-Bold.ttf', 'assets/fonts/NotoSerif-Bold.ttf']));
  });

  it('the proxy, which runs before every request, ships no images (it only asks whether one is on disk)', () => {
    expect(tracedProjectFiles('middleware.js.nft.json').filter((file) => file.startsWith('public/'))).toEqual([]);
  });
});

/**
 * What a server entry loads: its chunks (the ones it names, and those they load later, named in their
 * code), the packages bundled into them (from their source maps) and the packages they require.
 */
function loads(entry: string): { packages: Set<string>; requires: Set<string> } {
  const chunkNames = (code: string) => [...code.matchAll(/"(server\/chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = chunkNames(fs.readFileSync(path.join(dist, 'server', entry), 'utf8'));
  const packages = new Set<string>();
  const requires = new Set<string>();
  while (queue.length) {
    const chunk = queue.shift()!;
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    const code = fs.readFileSync(path.join(dist, chunk), 'utf8');
    queue.push(...chunkNames(code));
    // Turbopack's externals: x("pg", …) and y("sharp-<hash>") for packages left to Node's require.
    for (const m of code.matchAll(/\.[xy]\("((?:@[^/"]+\/)?[^/"]+?)(?:-[0-9a-f]{16})?"/g)) requires.add(m[1]!);
    const map = JSON.parse(fs.readFileSync(path.join(dist, `${chunk}.map`), 'utf8')) as { sources?: string[]; sections?: { map: { sources?: string[] } }[] };
    for (const source of (map.sections ?? [{ map }]).flatMap((section) => section.map.sources ?? [])) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(decodeURIComponent(source))?.[1];
      if (name) packages.add(name);
    }
  }
  return { packages, requires };
}

describe('what a new process loads for its first story', () => {
  it('the story page and the proxy load neither the image library nor a validation library: only the card route draws', () => {
    for (const entry of ['app/[locale]/news/[id]/page.js', 'middleware.js']) {
      const { packages, requires } = loads(entry);
      expect({ entry, bundled: packages.has('next-intl'), zod: packages.has('zod'), sharp: requires.has('sharp') }).toEqual({ entry, bundled: true, zod: false, sharp: false });
      expect(requires).toContain('pg');
    }
    expect(loads('app/cards/[file]/route.js').requires).toContain('sharp');
  });
});
