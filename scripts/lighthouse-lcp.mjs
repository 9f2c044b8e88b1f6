#!/usr/bin/env node
/**
 * Diagnostic, not a gate: where does the article's Largest Contentful Paint go, against the empty
 * control page, in each edition?
 *
 * Lighthouse (mobile preset, simulated throttling) runs the control page `/blank`, the Arabic
 * article `/news/1001` and its English translation `/en/news/1010` in turn, LIGHTHOUSE_RUNS times
 * each (default 5), alternating page after page within one run, so a busy machine slows every
 * page alike. Prints per page the median LCP, performance, TBT, style and layout time of the
 * whole load (main-thread work breakdown, simulated CPU), the worst CLS, the LCP element
 * (Lighthouse 13's lcp-breakdown-insight, formerly largest-contentful-paint-element), its phases, and LCP ÷ control and
 * performance − control, and in how many runs the observed paint came before the runtime's big
 * chunks had been downloaded ("paint first": such runs simulate much faster).
 *
 * Variants attribute the cost: `LCP_VARIANTS=no-font-preload,no-hero,…` also measures each article
 * through a throwaway local proxy that rewrites the HTML (and, for some, the CSS or the hero's
 * bytes) — a diagnostic; the site never serves such pages. The control page is measured through
 * the same proxy (variant `proxy`) so the proxy's own cost is visible. Variants:
 *
 *   proxy             everything passed through unchanged (the proxy's own cost)
 *   no-font-preload   the web font's <link rel=preload> removed (the font still loads, from the CSS)
 *   no-web-font       no preload and no @font-face: Arabic drawn in the system's fallback face
 *   headline-system   the headline (h1) in the system's fallback face; the rest as served
 *   no-hero           the lead image's preload removed and its bytes replaced by one pixel (same layout)
 *   hero-no-preload   the lead image's <link rel=preload> removed (the <img> stays, fetchpriority=high)
 *   hero-q40          the lead image re-encoded (same format and size) at quality 40, to price its bytes
 *   hero-static       the lead image's bytes as the optimiser made them, answered from the proxy's memory
 *                     without asking the server (what pre-encoded static files or a CDN would answer):
 *                     prices the optimiser route's own latency
 *   hero-inline       the lead image's <img> given its phone-width bytes (828 w, as the optimiser makes
 *                     them) as a data: URI in the HTML, its preload removed: paints with the first frame
 *   greedy-wrap       headings and paragraphs broken greedily (text-wrap: wrap) instead of balanced and
 *                     pretty (app/globals.css): prices the line-breaking in the first layout
 *   nav-one-line      the section strip kept to one line (cut at the screen's edge, as before it wrapped on
 *                     phones): prices the second line it takes, which moves the lead picture down
 *   body-cv           the article body's paragraphs after the second laid out only near the viewport
 *                     (content-visibility: auto, as the aside and footer already are): prices the
 *                     body's layout in the first frame
 *   no-rsc            the document without its inline RSC payload (the self.__next_f scripts): the page
 *                     no longer hydrates — prices the payload's bytes and parsing in the document
 *   scripts-last      the runtime's <script async> tags (and its script preload) moved from the head to
 *                     the end of the body, after the RSC payload: asks whether requesting the runtime
 *                     once the document is parsed lets the first paint come before it arrives (list the
 *                     control in LCP_VARIANT_PAGES too: a site-wide change would move its scripts as well)
 *
 *   npm run lighthouse:lcp
 *   LIGHTHOUSE_RUNS=7 LCP_VARIANTS=no-web-font,no-hero npm run lighthouse:lcp
 *   LCP_PAGES=/blank,/news/1001 npm run lighthouse:lcp        # the first page is the control
 *   LCP_VARIANT_PAGES=/news/1001 LCP_VARIANTS=no-hero npm run lighthouse:lcp   # variants on these pages only
 *
 * A page may be a whole URL: `LCP_PAGES=/blank,/news/1001,http://127.0.0.1:3611/blank,http://127.0.0.1:3611/news/1001`
 * measures a second server (another build) in the same alternation; its rows are compared with
 * its own /blank.
 *
 * LCP_JSON=file writes every run's figures as JSON as well. LIGHTHOUSE_THROTTLING=devtools slows the load
 * itself (Chromium's network and CPU throttling, the same mobile profile) instead of simulating it
 * over an unthrottled trace: the runtime then arrives as late as on a phone, so "paint first" no
 * longer decides a run.
 */
import fs from 'node:fs';
import http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { launchChrome, measuredReport, speedOf, throttlingMethod } from './lighthouse-run.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3400';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const PAGES = (process.env.LCP_PAGES ?? '/blank,/news/1001,/en/news/1010').split(',').filter(Boolean);
const CONTROL = PAGES[0];
/** A page may be a whole URL — the same paths on a second server (another build: an A/B in one run). */
const isAbsolute = (page) => /^https?:/.test(page);
const originOf = (page) => (isAbsolute(page) ? new URL(page).origin : BASE_URL);
const pathOf = (page) => (isAbsolute(page) ? new URL(page).pathname : page);
const VARIANTS = (process.env.LCP_VARIANTS ?? '').split(',').filter(Boolean);
if (VARIANTS.length && !VARIANTS.includes('proxy')) VARIANTS.unshift('proxy');
/** The pages the variants (other than `proxy`) are measured on; default every page but the control. */
const VARIANT_PAGES = process.env.LCP_VARIANT_PAGES?.split(',').filter(Boolean);
const gzip = promisify(zlib.gzip);

/** The page without its lead image's <link rel=preload> (the <img> stays). */
const withoutImagePreload = (h) => h.replace(/<link rel="preload" as="image"[^>]*>/g, '');

/** The page with a style sheet of the variant's own after everything it links (so its rules win). */
const withStyle = (css) => (h) => h.replace('</head>', () => `<style>${css}</style></head>`);

/** Each variant: how it rewrites HTML, CSS and the lead image's bytes. */
const REWRITES = {
  proxy: {},
  'no-font-preload': { html: (h) => h.replace(/<link rel="preload" href="[^"]*\.woff2"[^>]*>/g, '') },
  'no-web-font': {
    html: (h) => h.replace(/<link rel="preload" href="[^"]*\.woff2"[^>]*>/g, ''),
    css: (c) => c.replace(/@font-face\{[^}]*\}/g, ''),
  },
  'headline-system': {
    html: withStyle('h1{font-family:Georgia,"Noto Serif","Noto Naskh Arabic",Tahoma,serif!important}'),
  },
  // The <figure> cannot simply be cut from the HTML: hydration puts it back from the RSC payload.
  // Instead the preload goes and the optimiser's answer for the lead image becomes one pixel: the
  // layout is unchanged (width/height stay), the bytes are gone and the image is no LCP candidate.
  'no-hero': {
    html: withoutImagePreload,
    image: (buffer, type, url) => (isHero(url) ? sharp({ create: { width: 1, height: 1, channels: 3, background: '#f6f3ee' } }).png().toBuffer() : buffer),
    imageType: (type, url) => (isHero(url) ? 'image/png' : type),
  },
  'hero-no-preload': { html: withoutImagePreload },
  // Encoded once per URL and kept: encoding AVIF on every request would add its own latency.
  'hero-q40': { image: (buffer, type, url) => (isHero(url) ? once(`q40 ${url} ${type}`, () => reencode(buffer, type, 40)) : buffer) },
  'hero-static': { image: (buffer) => buffer, kept: (url) => isHero(url) },
  'no-rsc': { html: (h) => h.replace(/<script>\(?self\.__next_f[\s\S]*?<\/script>/g, '') },
  'scripts-last': {
    html: (h) => {
      const end = h.indexOf('</head>');
      if (end < 0) throw new Error('scripts-last: the document has no </head>');
      const head = h.slice(0, end);
      const moved = head.match(/<script src="\/_next\/static\/[^"]*" async="">\s*<\/script>|<link rel="preload" as="script"[^>]*>/g) ?? [];
      // The server layer asks for the runtime after load (lib/server/runtime-after-load): measure this
      // against a server started with RUNTIME_AFTER_LOAD=off, which writes the tags where Next puts them.
      if (!moved.length) throw new Error('scripts-last: no runtime script in the head (start the server with RUNTIME_AFTER_LOAD=off)');
      let out = h;
      for (const tag of moved) out = out.replace(tag, '');
      return out.replace('</body>', () => `${moved.join('')}</body>`);
    },
  },
  'greedy-wrap': {
    html: withStyle(':is(h1,h2,h3),p{text-wrap:wrap!important}'),
  },
  'nav-one-line': {
    html: withStyle('nav ul.flex-wrap{flex-wrap:nowrap!important;overflow:hidden!important}'),
  },
  'body-cv': {
    html: withStyle('.article-body>:nth-child(n+3){content-visibility:auto;contain-intrinsic-size:auto 9rem}'),
  },
  'hero-inline': {
    html: async (h) => {
      const tag = h.match(/<img[^>]*>/g)?.find((img) => img.includes(HERO));
      const url = tag?.match(/\/_next\/image\?url=[^"\s,]+w=828[^"\s,]*/)?.[0].replace(/&amp;/g, '&');
      if (!tag || !url) throw new Error('hero-inline: no lead image with an 828 w source in the page');
      const key = `inline ${url}`;
      const bytes = await once(key, async () => {
        const answer = await fetch(`${BASE_URL}${url}`, { headers: { accept: 'image/avif,image/webp,*/*' } });
        if (!answer.ok) throw new Error(`hero-inline: the optimiser answered ${answer.status} for ${url}`);
        return `data:${answer.headers.get('content-type')};base64,${Buffer.from(await answer.arrayBuffer()).toString('base64')}`;
      }).catch((error) => {
        made.delete(key);
        throw error;
      });
      // Functions as replacements: a `$` in the markup stays a `$`.
      const inline = tag.replace(/ (srcSet|srcset|sizes)="[^"]*"/g, '').replace(/ src="[^"]*"/, () => ` src="${bytes}"`);
      return withoutImagePreload(h).replace(tag, () => inline);
    },
  },
};
for (const variant of VARIANTS) {
  if (!REWRITES[variant]) {
    console.error(`unknown variant ${variant}; known: ${Object.keys(REWRITES).join(', ')}`);
    process.exit(2);
  }
}

/** The articles' lead image (both editions use the same picture), as the optimiser's URL names it. */
const HERO = process.env.LCP_HERO ?? '1001-spacex-ipo';
const isHero = (url) => url.startsWith('/_next/image') && url.includes(HERO);

const made = new Map();
const once = (key, make) => {
  if (!made.has(key)) made.set(key, make());
  return made.get(key);
};

async function reencode(buffer, type, quality) {
  const image = sharp(buffer);
  if (type.includes('avif')) return image.avif({ quality }).toBuffer();
  if (type.includes('webp')) return image.webp({ quality }).toBuffer();
  if (type.includes('jpeg')) return image.jpeg({ quality }).toBuffer();
  return buffer;
}

/**
 * One proxy per variant, on its own port. What the variant rewrites (HTML, CSS, the optimiser's
 * images) is fetched whole, rewritten and sent gzipped; everything else is piped through as the
 * server sent it (same bytes, same encoding, no buffering), so the proxy itself changes as little
 * of the load's timing as it can — the `proxy` row shows what is left of its cost.
 */
async function startProxy(rewrite) {
  const upstream = new URL(BASE_URL);
  /** Answers kept whole (rewrite.kept): sent again at once, without asking the server. */
  const kept = new Map();
  const server = http.createServer(async (request, response) => {
    const path = request.url ?? '/';
    const accept = request.headers.accept ?? '';
    // Keyed by the format the Accept header negotiates, not its exact text: the warm-up's and Chrome's differ.
    const keep = rewrite.kept?.(path) ? `${path} ${accept.includes('image/avif') ? 'avif' : accept.includes('image/webp') ? 'webp' : 'other'}` : undefined;
    if (keep && kept.has(keep)) {
      const { status, headers, body } = kept.get(keep);
      response.writeHead(status, headers);
      response.end(body);
      return;
    }
    const rewrites =
      (rewrite.html && (accept.includes('text/html') || path.startsWith('/_next/') === false)) ||
      (rewrite.css && path.endsWith('.css')) ||
      (rewrite.image && path.startsWith('/_next/image'));
    if (!rewrites) {
      const forward = http.request({ host: upstream.hostname, port: upstream.port, path, method: request.method, headers: { ...request.headers, host: upstream.host } }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      forward.on('error', (error) => (response.writeHead(502), response.end(String(error))));
      request.pipe(forward);
      return;
    }
    try {
      const answer = await fetch(`${BASE_URL}${path}`, { headers: { accept: accept || '*/*', 'accept-encoding': 'identity' }, redirect: 'manual' });
      const type = answer.headers.get('content-type') ?? '';
      let body = Buffer.from(await answer.arrayBuffer());
      if (rewrite.html && type.startsWith('text/html')) body = Buffer.from(await rewrite.html(body.toString('utf8')));
      if (rewrite.css && type.startsWith('text/css')) body = Buffer.from(rewrite.css(body.toString('utf8')));
      if (rewrite.image && path.startsWith('/_next/image')) body = await rewrite.image(body, type, path);
      const headers = { 'content-type': rewrite.imageType?.(type, path) ?? type, 'cache-control': answer.headers.get('cache-control') ?? 'no-store' };
      const location = answer.headers.get('location');
      if (location) headers.location = location;
      if (/^(text\/|application\/(json|javascript|xml|manifest))/.test(type)) {
        body = await gzip(body);
        headers['content-encoding'] = 'gzip';
      }
      if (keep && answer.ok) kept.set(keep, { status: answer.status, headers, body });
      response.writeHead(answer.status, headers);
      response.end(body);
    } catch (error) {
      response.writeHead(502);
      response.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mostCommon = (values) => {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v, n]) => (counts.size > 1 ? `${v} (${n}/${values.length})` : v)).join(' | ');
};

/**
 * The LCP element and its phases, from Lighthouse 13's lcp-breakdown-insight (which replaced the
 * largest-contentful-paint-element audit; the older audit is read when present). The phases are
 * those of the observed, unthrottled load — where the time goes, not the simulated total.
 */
function lcpElement(lhr) {
  const details = (lhr.audits['lcp-breakdown-insight'] ?? lhr.audits['largest-contentful-paint-element'])?.details;
  const parts = details?.type === 'list' ? details.items : details ? [details] : [];
  const node = parts.find((p) => p.type === 'node') ?? parts.find((p) => p.items?.[0]?.node)?.items[0].node;
  const tag = node?.snippet?.match(/^<(\w+)/)?.[1] ?? '?';
  const label = node ? `<${tag}> ${`${node.nodeLabel ?? ''}`.replace(/\s+/g, ' ').slice(0, 32)}` : '—';
  const phases = {};
  for (const part of parts) {
    for (const row of part.type === 'table' ? part.items : []) {
      const name = row.subpart ?? row.phase;
      if (name) phases[name] = row.duration ?? row.timing;
    }
  }
  return { label, phases };
}

/** Scripts at least this large (gzipped) are the runtime's big chunks (73 and 45 KB today; the rest are under 10). */
const RUNTIME_CHUNK_BYTES = 20_000;

/**
 * Which side of the race a run fell on. Lighthouse's simulation counts a script as holding the
 * paint back when, in the observed (unthrottled) load, it had been downloaded and began evaluating
 * before the LCP; it then adds the script's simulated download. This compares the observed LCP with
 * the end of the runtime's big chunks' downloads (their evaluation follows within milliseconds):
 * runs whose paint came first simulate much faster (BENCHMARKS.md, runs 10–13). Both times are put
 * on the trace's time origin (network times count from the first request, a millisecond or two
 * later). `paintFirst` is undefined when either time is missing.
 */
function race(lhr) {
  const metrics = lhr.audits.metrics?.details?.items?.[0] ?? {};
  const network = lhr.audits['network-requests']?.details ?? {};
  const paint = metrics.observedLargestContentfulPaint;
  const networkOffset = (network.debugData?.networkStartTimeTs - metrics.observedTimeOriginTs) / 1000;
  const chunks = (network.items ?? []).filter((r) => r.resourceType === 'Script' && r.transferSize >= RUNTIME_CHUNK_BYTES);
  const runtime = chunks.length ? networkOffset + Math.max(...chunks.map((r) => r.networkEndTime)) : NaN;
  const known = Number.isFinite(paint) && Number.isFinite(runtime);
  return { paint: Math.round(paint), runtime: Math.round(runtime), paintFirst: known ? paint < runtime : undefined };
}

const proxies = {};
for (const variant of VARIANTS) proxies[variant] = await startProxy(REWRITES[variant]);

/** What is measured: every page as served; the control and the articles through each variant. */
const cases = [];
for (const page of PAGES) {
  cases.push({ page, variant: 'served', url: isAbsolute(page) ? page : `${BASE_URL}${page}` });
  if (isAbsolute(page)) continue;
  for (const variant of VARIANTS) {
    // The control goes through a variant only when listed: its rows are then compared with it.
    if (variant !== 'proxy' && (VARIANT_PAGES ? !VARIANT_PAGES.includes(page) : page === CONTROL)) continue;
    cases.push({ page, variant, url: `${proxies[variant].base}${page}` });
  }
}

const chrome = await launchChrome();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => chrome.kill().finally(() => process.exit(130)));
const results = new Map(cases.map((c) => [c, []]));
try {
  // Warm every URL once (ISR cache, image optimiser) so no run pays a first render.
  // A variant that rewrites the lead image makes every width of it now, not during a measured run.
  for (const c of cases) {
    const html = await fetch(c.url).then((r) => r.text());
    if (!REWRITES[c.variant]?.image) continue;
    const heroUrls = new Set([...html.matchAll(/\/_next\/image\?url=[^"\s,]+/g)].map((m) => m[0].replace(/&amp;/g, '&')).filter(isHero));
    for (const url of heroUrls) await fetch(new URL(url, c.url), { headers: { accept: 'image/avif,image/webp,*/*' } }).then((r) => r.arrayBuffer());
  }
  for (let run = 0; run < RUNS; run++) {
    for (const c of cases) {
      const lhr = await measuredReport(chrome, c.url, ['performance']);
      const speed = speedOf(lhr);
      const element = lcpElement(lhr);
      const work = Object.fromEntries((lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.group, i.duration]));
      const { paint, runtime, paintFirst } = race(lhr);
      results.get(c).push({ ...speed, layout: work.styleLayout, fcp: Math.round(lhr.audits['first-contentful-paint'].numericValue), element: element.label, phases: element.phases, paint, runtime, paintFirst });
      process.stderr.write(
        `run ${run + 1}/${RUNS} ${c.variant.padEnd(16)} ${c.page.padEnd(16)} perf ${speed.performance} LCP ${speed.lcp} ms  ${element.label}` +
          `  (observed: painted ${paint} ms, runtime downloaded ${runtime} ms: ${paintFirst === undefined ? 'unknown' : paintFirst ? 'paint first' : 'runtime first'})\n`,
      );
    }
  }
} finally {
  await chrome.kill();
  for (const { server } of Object.values(proxies)) server.close();
}

const summary = (runs) => {
  const phaseNames = [...new Set(runs.flatMap((r) => Object.keys(r.phases)))];
  return {
    performance: median(runs.map((r) => r.performance)),
    lcp: Math.round(median(runs.map((r) => r.lcp))),
    fcp: Math.round(median(runs.map((r) => r.fcp))),
    tbt: Math.round(median(runs.map((r) => r.tbt))),
    layout: Math.round(median(runs.map((r) => r.layout))),
    cls: Math.max(...runs.map((r) => r.cls).filter(Number.isFinite)),
    element: mostCommon(runs.map((r) => r.element)),
    paintFirst: `${runs.filter((r) => r.paintFirst === true).length}/${runs.filter((r) => r.paintFirst !== undefined).length}`,
    phases: phaseNames.map((name) => `${name} ${Math.round(median(runs.map((r) => r.phases[name])))}`).join(', '),
  };
};
const rows = [];
const byCase = new Map(cases.map((c) => [c, summary(results.get(c))]));
/** The control measured the same way: same server, through the same variant if it was, else through the proxy when the row is. */
const controlOf = (row) => {
  const isControl = (c) => originOf(c.page) === originOf(row.page) && pathOf(c.page) === pathOf(CONTROL);
  const variant = row.variant === 'served' ? 'served' : 'proxy';
  const same = cases.find((c) => c.variant === row.variant && isControl(c)) ?? cases.find((c) => c.variant === variant && isControl(c));
  return byCase.get(same ?? cases[0]);
};
for (const c of cases) {
  const s = byCase.get(c);
  const control = controlOf(c);
  rows.push({
    page: c.page,
    variant: c.variant,
    performance: s.performance,
    'Δ perf': Number((s.performance - control.performance).toFixed(3)),
    'LCP ms': s.lcp,
    '÷ control': Number((s.lcp / control.lcp).toFixed(2)),
    'FCP ms': s.fcp,
    'TBT ms': s.tbt,
    'layout ms': s.layout,
    CLS: s.cls,
    'paint first': s.paintFirst,
    'LCP element': s.element,
  });
}
console.log(`\nLighthouse mobile (${throttlingMethod === 'devtools' ? 'devtools throttling: the load itself slowed' : 'simulated throttling'}), ${RUNS} runs per row alternating page by page, medians. Control ${CONTROL}` +
  `${VARIANTS.length ? '; variant rows are compared with the control in the same variant when it was measured, else through the proxy (row "proxy")' : ''}. ${BASE_URL}`);
console.table(rows);
console.log(`LCP phases of the observed (${throttlingMethod === 'devtools' ? 'throttled' : 'unthrottled'}) load, medians, ms:`);
for (const c of cases) console.log(`  ${c.page} ${c.variant}: ${byCase.get(c).phases || '—'}`);
if (process.env.LCP_JSON) fs.writeFileSync(process.env.LCP_JSON, JSON.stringify(cases.map((c) => ({ ...c, runs: results.get(c) })), null, 1));
