import { z } from 'zod';
import { BODY_LIMITS } from '@/lib/body-limits';
import { READ_PATH } from '@/lib/routes';

/**
 * What a view beacon (components/reads/ReadBeacon → POST /api/read) may carry, and which requests
 * are not a reader's view. Pure functions of the body and the headers, so every rule is unit-tested.
 */

export const MAX_READ_BODY_BYTES = BODY_LIMITS[READ_PATH]!;

/** The whole body: `{"id": 1001}`, the story's id and nothing else — no reader, no session. */
const ReadBody = z.object({ id: z.number().int().positive().max(2_147_483_647) }).strict();

export function parseReadBody(text: string): number | undefined {
  try {
    const parsed = ReadBody.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Crawlers, link-preview fetchers, monitors, audits and scripts: they load pages, they do not read
 * them. The words their user agents carry ("Googlebot", "TelegramBot", "Slackbot-LinkExpanding",
 * "facebookexternalhit", "WhatsApp/2", "Chrome-Lighthouse", "HeadlessChrome", "curl/8"); an empty
 * user agent is a script too. Not the apps' own browsers ("FBAN", "Telegram-Android"): their readers read.
 */
const NOT_A_READER =
  /bot\b|crawl|spider|slurp|mediapartners|facebookexternalhit|facebookcatalog|meta-externalagent|embedly|whatsapp\/|vkshare|pinterest|preview|headless|phantomjs|puppeteer|playwright|selenium|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|curl\/|wget\/|python|httpclient|okhttp|node-fetch|undici|axios|go-http-client|java\/|libwww|^node$/i;

export function isBot(userAgent: string | null): boolean {
  return !userAgent?.trim() || NOT_A_READER.test(userAgent);
}

/**
 * A prefetch or prerender (Speculation Rules, Chrome's `Sec-Purpose: prefetch`, the older
 * `Purpose`/`X-Moz` headers) is a guess that the reader may open a page, not a reading. The
 * beacon itself waits for a prerendered page to be shown; this catches anything sent before.
 */
export function isPrefetch(headers: Headers): boolean {
  return ['sec-purpose', 'purpose', 'x-purpose', 'x-moz'].some((name) => /prefetch|prerender|preview/i.test(headers.get(name) ?? ''));
}

/**
 * Browsers say where a request came from (`Sec-Fetch-Site`); a view posted from another site's page
 * is someone making their visitors count stories for them. No header (older browsers, tools) is
 * judged by the rest.
 */
export function isCrossSite(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  return site !== null && site !== 'same-origin';
}
