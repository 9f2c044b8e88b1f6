import { createHash } from 'node:crypto';
import { encode, encodeCompact, type Encoding } from './encoding';
import { inlineScriptHashes } from './inline-scripts';

/**
 * What the server adds to an HTML page on its way out, computed once per version of the page and
 * kept: the Content-Security-Policy listing its inline scripts' hashes, its ETag, and its bytes in
 * each content coding a client asked for. Pages come from the ISR cache, so the same bytes are
 * sent thousands of times until the next regeneration; keyed by the SHA-256 of the body, a new
 * version simply gets a new entry. Bounded in bytes, least recently used forgotten first.
 */
export interface FinishedPage {
  key: string;
  /** Weak: the same page is sent in several codings (RFC 9110 §8.8.1). */
  etag: string;
  policy: string;
  encoded: Partial<Record<Exclude<Encoding, 'identity'>, Buffer>>;
  /** Its Brotli bytes were handed to the thread pool to be made smaller (once). */
  tightening?: boolean;
}

/** Map and string overhead of an entry, roughly; the bodies dominate. */
const ENTRY_OVERHEAD = 256;

/**
 * Pages waiting for their compact Brotli: one is made at a time (one thread of the pool, so the
 * requests' own work keeps the cores), and a burst beyond this many is not queued — those pages
 * are asked again the next time they are read. Each waiting page holds its uncompressed body (about
 * 100 KB) outside the byte budget: 1.6 MB at most.
 */
export const TIGHTEN_QUEUE = 16;

export class FinishedPages {
  private readonly entries = new Map<string, FinishedPage>();
  /** Bytes held now (compressed bodies, policies, overhead). */
  bytes = 0;
  private tightenings: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** The last body prepared, and what it became: a page's first answer prepares it once for its policy and its bytes. */
  private lastPrepared?: { body: Buffer; prepared: Buffer };

  constructor(
    private readonly maxBytes: number,
    private readonly policyFor: (scriptHashes: readonly string[]) => string,
    /** How a re-read page's compact Brotli is made (tests hold it back to see the queue). */
    private readonly compactBrotli: (body: Buffer) => Promise<Buffer> = encodeCompact,
    /**
     * What the page becomes on its way out (lib/server/runtime-after-load, flight-in-one-script). Run once per version and
     * coding, never per request: pages are known by the body Next made, which every method here takes.
     */
    private readonly prepare?: (html: string) => string,
  ) {}

  /** The bytes sent for a body Next made. */
  private prepared(body: Buffer): Buffer {
    if (!this.prepare) return body;
    if (this.lastPrepared?.body === body) return this.lastPrepared.prepared;
    const prepared = Buffer.from(this.prepare(body.toString('utf8')));
    this.lastPrepared = { body, prepared };
    return prepared;
  }

  private size(page: FinishedPage): number {
    return ENTRY_OVERHEAD + page.policy.length + (page.encoded.br?.length ?? 0) + (page.encoded.gzip?.length ?? 0);
  }

  private evictBeyond(limit: number): void {
    for (const [key, page] of this.entries) {
      if (this.bytes <= limit) break;
      this.entries.delete(key);
      this.bytes -= this.size(page);
    }
  }

  /** `keep`: remember it for the next request (a page that will be sent again); otherwise computed for this answer only. */
  finish(body: Buffer, keep = true): FinishedPage {
    const key = createHash('sha256').update(body).digest('base64url');
    const known = this.entries.get(key);
    if (known) {
      // Re-inserted last: the Map's order is least recently used first.
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const page: FinishedPage = { key, etag: `W/"${key.slice(0, 27)}"`, policy: this.policyFor(inlineScriptHashes(this.prepared(body).toString('utf8'))), encoded: {} };
    if (!keep) return page;
    this.entries.set(key, page);
    this.bytes += this.size(page);
    this.evictBeyond(this.maxBytes);
    return page;
  }

  encoded(page: FinishedPage, body: Buffer, encoding: Encoding): Buffer {
    if (encoding === 'identity') return this.prepared(body);
    const known = page.encoded[encoding];
    if (known) {
      // Sent a second time: a page readers come back to is worth its compact Brotli.
      if (encoding === 'br') this.tighten(page, body);
      return known;
    }
    const bytes = encode(this.prepared(body), encoding);
    // Kept only while the page itself is (it may have been forgotten since it was finished).
    if (this.entries.get(page.key) === page) {
      page.encoded[encoding] = bytes;
      this.bytes += bytes.length;
      this.evictBeyond(this.maxBytes);
    }
    return bytes;
  }

  /**
   * Replaces the page's quick Brotli bytes (made while its first reader waited) by compact ones
   * (`encodeCompact`; both qualities in lib/server/encoding), made in the thread pool after this answer went out.
   * Until they are ready, and if making them fails, the first bytes are sent.
   */
  private tighten(page: FinishedPage, body: Buffer): void {
    if (page.tightening || this.waiting >= TIGHTEN_QUEUE || this.entries.get(page.key) !== page) return;
    page.tightening = true;
    this.waiting++;
    this.tightenings = this.tightenings.then(async () => {
      try {
        if (this.entries.get(page.key) !== page) return;
        const compact = await this.compactBrotli(this.prepared(body));
        const current = page.encoded.br;
        if (this.entries.get(page.key) !== page || !current || compact.length >= current.length) return;
        page.encoded.br = compact;
        this.bytes -= current.length - compact.length;
      } catch (error) {
        console.error('[server] could not make the compact Brotli of a page; its first bytes are sent', error);
      } finally {
        this.waiting--;
      }
    });
  }

  /** Settles when every queued page has its compact Brotli (tests; a server never waits for it). */
  tightened(): Promise<void> {
    return this.tightenings;
  }
}
