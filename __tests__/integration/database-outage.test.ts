/**
 * A bad day: the database goes away, or slows to a crawl. Readers keep getting the last good copy
 * of every page already cached, a page not cached yet fails politely (no stack trace), the health
 * endpoint says "degraded" — and when the database is back, everything recovers without a restart.
 * A relay the test controls stands between a second server and the real database.
 */
import net from 'node:net';
import { freePort, startServer, type SecondServer } from './second-server';

type Mode = 'pass' | 'down' | 'slow';

class Relay {
  mode: Mode = 'pass';
  private readonly sockets = new Set<net.Socket>();
  private server?: net.Server;
  constructor(private readonly target: { host: string; port: number }) {}

  async listen(): Promise<number> {
    const port = await freePort();
    this.server = net.createServer((client) => {
      if (this.mode === 'down') return client.destroy();
      const upstream = net.connect(this.target);
      const delay = (socket: net.Socket, chunk: Buffer) => {
        if (this.mode === 'slow') setTimeout(() => socket.write(chunk), 3000);
        else socket.write(chunk);
      };
      client.on('data', (chunk) => delay(upstream, chunk));
      upstream.on('data', (chunk) => delay(client, chunk));
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => {});
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return port;
  }

  /** The database is gone: every connection is cut, new ones are refused. */
  cut(): void {
    this.mode = 'down';
    for (const socket of this.sockets) socket.destroy();
  }

  close(): void {
    this.cut();
    this.server?.close();
  }
}

const url = new URL(process.env.DATABASE_URL ?? 'postgres://missing');
const relay = new Relay({ host: url.hostname, port: Number(url.port || 5432) });
let server: SecondServer;

const get = (path: string) => fetch(`${server.base}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
const SEED_TITLE = 'SpaceX تخطط للاكتتاب العام';
// A columnist's feed is rendered on its first request (no build-time copy): none before the cut.
const UNCACHED_FEED = '/writer/salma-abdelhamid/rss.xml';

beforeAll(async () => {
  const port = await relay.listen();
  const through = new URL(url);
  through.hostname = '127.0.0.1';
  through.port = String(port);
  server = await startServer('outage', { DATABASE_URL: through.toString(), DATABASE_CONNECT_TIMEOUT_MS: '1000' });
}, 90_000);

afterAll(async () => {
  await server?.stop();
  relay.close();
});

describe('when the database goes away', () => {
  it('is healthy while the database answers', async () => {
    const health = await get('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
    // Cached while the database is up: a prerendered article, and a tag page rendered now.
    expect(await (await get('/news/1001')).text()).toContain(SEED_TITLE);
    expect((await get('/tag/SpaceX')).status).toBe(200);
  });

  it('keeps serving the last good pages, says "degraded", and fails politely where nothing is cached', async () => {
    relay.cut();
    const health = await get('/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', database: 'unreachable' });

    for (const path of ['/news/1001', '/tag/SpaceX', '/']) {
      const page = await get(path);
      expect([path, page.status]).toEqual([path, 200]);
    }
    expect(await (await get('/news/1001')).text()).toContain(SEED_TITLE);

    // Never rendered, so there is no last good copy: an error, without a stack trace or internals.
    const uncached = await get(`/tag/${encodeURIComponent('مراكز البيانات')}`);
    expect(uncached.status).toBeGreaterThanOrEqual(500);
    const html = await uncached.text();
    expect(html).not.toMatch(/ECONN|at \w+ \(|node_modules|\.next|postgres:\/\//);

    // A feed says "come back later", as feed readers and crawlers understand it.
    const feed = await get(UNCACHED_FEED);
    expect(feed.status).toBe(503);
    expect(feed.headers.get('retry-after')).toBe('300');
  });

  it('recovers by itself when the database is back: no restart', async () => {
    relay.mode = 'pass';
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await get('/api/health')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    expect((await get(`/tag/${encodeURIComponent('مراكز البيانات')}`)).status).toBe(200);

    // The 503 the page cache stored lives seconds, not the feed's five minutes (lib/feeds/response).
    let feed = await get(UNCACHED_FEED);
    while (Date.now() < deadline + 10_000 && feed.status !== 200) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      feed = await get(UNCACHED_FEED);
    }
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('<rss');
  }, 30_000);

  it('when the database is slow, cached pages still come at once', async () => {
    relay.mode = 'slow';
    const started = performance.now();
    const page = await get('/news/1001');
    expect(page.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1500);
    relay.mode = 'pass';
  });
});
