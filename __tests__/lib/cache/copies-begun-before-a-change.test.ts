/** @jest-environment node */
import { createRequire } from 'node:module';
import path from 'node:path';
import { COPY_JUDGE, copyTags, handOver, judgeCopiesBegunBeforeAChange, LATE_READ_MS, workBegan } from '@/lib/cache/copies-begun-before-a-change';
import { STATEMENT_TIMEOUT_MS } from '@/lib/db/pool';

/** Loaded as the server loads them: Next's own file-system cache, and ours built on it. */
const load = createRequire(path.join(process.cwd(), 'package.json'));
type Store = {
  set: (key: string, data: unknown, context: unknown) => Promise<void>;
  get: (key: string, context: unknown) => Promise<{ value: { html: string } } | null>;
  revalidateTag: (tags: string[], durations?: { expire?: number }) => Promise<void>;
};
type StoreClass = new (context: unknown) => Store;
const FileSystemCache = (load('next/dist/server/lib/incremental-cache/file-system-cache.js') as { default: StoreClass }).default;
const PageCache = load('./lib/cache/page-cache-handler.cjs') as StoreClass;

// In memory only: nothing on disk to fall back to.
const noDisk = { readFile: () => Promise.reject(new Error('ENOENT')), stat: () => Promise.reject(new Error('ENOENT')), existsSync: () => false };
const open = (Store: StoreClass) => new Store({ fs: noDisk, flushToDisk: false, serverDistDir: '/nowhere', maxMemoryCacheSize: 10_000_000 });

let n = 0;
/** A front page carrying the breaking-news tag, as Next stores it; each test its own page and tag. */
function frontPage(html: string) {
  n += 1;
  const tag = `breaking:ar:${Date.now()}-${n}`;
  return { key: `/page-${Date.now()}-${n}`, tag, data: { kind: 'APP_PAGE', html, rscData: Buffer.from(''), status: 200, headers: { 'x-next-cache-tags': `edition:ar,${tag}` } } };
}
const read = async (store: Store, key: string) => (await store.get(key, { kind: 'APP_PAGE' }))?.value.html;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  expect(judgeCopiesBegunBeforeAChange()).toBe(true);
});
afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[COPY_JUDGE];
});

/** A front page begun, then a breaking line posted and its tag expired as the newsroom's save does, then the page stored: what the next reader gets. */
async function storedAfterAChange(Store: StoreClass) {
  const store = open(Store);
  const { key, tag, data } = frontPage('<p>without the line just posted</p>');
  const began = Date.now();
  await sleep(2);
  await store.revalidateTag([tag], { expire: 0 });
  await sleep(2);
  await handOver(() => store.set(key, data, {}), began);
  return read(store, key);
}

describe('a page begun before a change to it', () => {
  it('is not kept once the change has expired its tags: the next reader gets it made again', async () => {
    expect(await storedAfterAChange(PageCache)).toBeUndefined();
  });

  it('was kept as fresh by Next’s own cache, which dates a copy by when it is stored', async () => {
    expect(await storedAfterAChange(FileSystemCache)).toBe('<p>without the line just posted</p>');
  });

  it('is kept when begun after the change, or when its tags were only marked stale or set to expire later', async () => {
    const store = open(PageCache);
    const after = frontPage('<p>with the line</p>');
    await store.revalidateTag([after.tag], { expire: 0 });
    await sleep(2);
    await handOver(() => store.set(after.key, after.data, {}));
    expect(await read(store, after.key)).toBe('<p>with the line</p>');

    // The most-read list is marked stale for a year (revalidateTag(…, 'max')): no change to what a page says.
    const ranking = frontPage('<p>most read</p>');
    const began = Date.now();
    await sleep(2);
    await store.revalidateTag([ranking.tag], { expire: 365 * 86_400 });
    await handOver(() => store.set(ranking.key, ranking.data, {}), began);
    expect(await read(store, ranking.key)).toBe('<p>most read</p>');
  });

  it('is stored as before until the server has registered the judge (a build, a script)', async () => {
    const judge = (globalThis as Record<symbol, unknown>)[COPY_JUDGE];
    delete (globalThis as Record<symbol, unknown>)[COPY_JUDGE];
    try {
      const store = open(PageCache);
      const { key, tag, data } = frontPage('<p>prerendered</p>');
      const began = Date.now();
      await sleep(2);
      await store.revalidateTag([tag], { expire: 0 });
      await handOver(() => store.set(key, data, {}), began);
      expect(await read(store, key)).toBe('<p>prerendered</p>');
    } finally {
      (globalThis as Record<symbol, unknown>)[COPY_JUDGE] = judge;
    }
  });
});

describe('a page finished in the millisecond a change expires it', () => {
  /** A clock of 50 ms steps, entered at the start of a step: the copy and the expiry fall in the same "millisecond". */
  async function inOneTick(work: () => Promise<void>) {
    const real = Date.now.bind(Date);
    while (real() % 50 > 5) await sleep(1);
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => Math.floor(real() / 50) * 50);
    try {
      await work();
    } finally {
      clock.mockRestore();
    }
  }

  /** The page stored, then its tag expired, within one tick of the clock: what the next reader gets. */
  async function storedThenExpired(Store: StoreClass) {
    const store = open(Store);
    const { key, tag, data } = frontPage('<p>without the line just posted</p>');
    await inOneTick(async () => {
      await handOver(() => store.set(key, data, {}));
      await store.revalidateTag([tag], { expire: 0 });
    });
    return read(store, key);
  }

  it('is out of date once the change is: the expiry is dated after every copy stored before it', async () => {
    expect(await storedThenExpired(PageCache)).toBeUndefined();
  });

  it('was kept as fresh by Next’s own cache, which compares the two times strictly', async () => {
    expect(await storedThenExpired(FileSystemCache)).toBe('<p>without the line just posted</p>');
  });
});

describe('what a copy is judged by', () => {
  it('a page’s tags are in its headers, a cached read’s are given beside it', () => {
    expect(copyTags({ kind: 'APP_PAGE', headers: { 'x-next-cache-tags': 'a,b' } }, {})).toEqual(['a', 'b']);
    expect(copyTags({ kind: 'APP_ROUTE', headers: { 'x-next-cache-tags': 'feed:ar' } }, {})).toEqual(['feed:ar']);
    expect(copyTags({ kind: 'FETCH', data: {} }, { fetchCache: true, tags: ['story:1', 'edition:ar'] })).toEqual(['story:1', 'edition:ar']);
    expect(copyTags({ kind: 'APP_PAGE', headers: {} }, {})).toEqual([]);
  });

  it('work outside any request is taken to have begun as long ago as a read may still run', () => {
    expect(LATE_READ_MS).toBeGreaterThan(STATEMENT_TIMEOUT_MS);
    expect(workBegan(1_000_000)).toBe(1_000_000 - LATE_READ_MS);
    expect(handOver(() => workBegan(), 123)).toBe(123);
  });
});
