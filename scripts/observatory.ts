/**
 * The score Mozilla's HTTP Observatory (developer.mozilla.org/en-US/observatory) gives a page,
 * computed here from the page's real headers and HTML so that it can be a test. The rules, the
 * modifiers and the grading curve follow the published scanner, github.com/mdn/mdn-http-observatory
 * (src/analyzer/tests/*, src/grader/charts.js, src/scanner/index.js; ALGORITHM_VERSION 6), read and
 * re-implemented here. What a scan learns from the network and we cannot see from one response —
 * where http:// redirects to, whether the host is on the HSTS preload list, the certificate — is
 * passed in as assumptions.
 *
 * Simplification: several CSP policies are combined by keeping the sources every policy lists
 * (the scanner also merges path prefixes); this site sends one policy.
 *
 *   npx tsx scripts/observatory.ts http://127.0.0.1:3400/news/1001 [more URLs…]
 */

export type Headers = Record<string, string | string[] | undefined>;

export interface ObservatoryInput {
  /** The response to the https:// URL, as a scanner receives it. */
  headers: Headers;
  /** Its body, when HTML (for <meta http-equiv> and script tags). */
  html?: string;
  /** Where http://host/ leads, hop by hop, starting with itself; [] when nothing answers on http. */
  httpRedirects: string[];
  /** Whether the host is on the browsers' HSTS preload list. */
  hstsPreloaded?: boolean;
  /** Access-Control-* headers of the answer to a request with an Origin header (the scanner's CORS probe). */
  cors?: { origin: string; headers: Headers };
}

export interface TestResult {
  test: string;
  result: string;
  modifier: number;
  pass: boolean;
}

export interface Score {
  score: number;
  grade: string;
  tests: TestResult[];
}

const values = (headers: Headers, name: string): string[] => {
  const found = Object.entries(headers).filter(([key]) => key.toLowerCase() === name.toLowerCase());
  return found.flatMap(([, value]) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));
};
const first = (headers: Headers, name: string) => values(headers, name)[0];

/** <meta http-equiv="name" content="…"> values, in document order. */
function httpEquiv(html: string | undefined, name: string): string[] {
  if (!html) return [];
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]);
  return metas.flatMap((tag) => {
    const equiv = /\bhttp-equiv\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    return equiv?.toLowerCase() === name && content ? [content[1] ?? content[2] ?? ''] : [];
  });
}

// ---- Content-Security-Policy ---------------------------------------------------------------

type Policy = Map<string, Set<string>> & { duplicateReports?: boolean };

/** One or more policies (comma-separated in one header too) → directive → sources. Throws when invalid. */
export function parsePolicies(policies: string[]): Policy {
  const combined: Policy = new Map();
  combined.duplicateReports = false;
  policies.forEach((text, index) => {
    const clean = text.replace(/[\r\n]/g, '').trim();
    // The shortest directive the scanner accepts is "img-src" less one character.
    if (clean.length < 'img-src'.length - 1) throw new Error(`invalid policy "${clean}"`);
    const seen = new Set<string>();
    for (const entry of clean.split(';')) {
      const [rawName, ...sources] = entry.trim().split(/\s+/);
      if (!rawName) continue;
      const name = rawName.toLowerCase();
      if (seen.has(name)) {
        if (name === 'report-uri' || name === 'report-to') {
          combined.duplicateReports = true;
          continue;
        }
        throw new Error(`directive ${name} repeated`);
      }
      seen.add(name);
      let list = new Set(sources.map((s) => s.trim().toLowerCase()).filter(Boolean));
      if (list.size === 0 && name.endsWith('-src')) list = new Set(["'none'"]);
      const earlier = combined.get(name);
      // A later policy can only narrow: a source counts when every policy that names the directive lists it.
      combined.set(name, index === 0 || !earlier ? list : new Set([...earlier].filter((s) => list.has(s))));
    }
  });
  for (const [name, list] of combined) if (list.size === 0) combined.set(name, new Set(["'none'"]));
  return combined;
}

const BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const INLINE = new Set(["'unsafe-inline'", 'data:']);
const BROAD_OR_INLINE = new Set([...BROAD, ...INLINE]);
const hasNonceOrHash = (list: Set<string>) => [...list].some((s) => /^'(?:sha256|sha384|sha512|nonce)-/.test(s));

const CSP_MODIFIERS = {
  'csp-implemented-with-no-unsafe-default-src-none': 10,
  'csp-implemented-with-no-unsafe': 5,
  'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
  'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
  'csp-implemented-with-unsafe-eval': -10,
  'csp-implemented-with-unsafe-inline': -20,
  'csp-implemented-with-insecure-scheme': -20,
  'csp-header-invalid': -25,
  'csp-not-implemented': -25,
  'csp-not-implemented-but-reporting-enabled': -25,
  'csp-implemented-but-duplicate-directives': 0,
} as const;

interface CspVerdict {
  result: keyof typeof CSP_MODIFIERS;
  policy?: Policy;
}

function cspVerdict(input: ObservatoryInput): CspVerdict {
  const split = (list: string[]) => list.flatMap((v) => v.split(',').map((s) => s.trim()));
  const fromHeaders = split(values(input.headers, 'content-security-policy'));
  const fromMeta = split(httpEquiv(input.html, 'content-security-policy'));
  let policy: Policy;
  let headerOnly: Policy;
  try {
    policy = parsePolicies([...fromHeaders, ...fromMeta]);
    headerOnly = parsePolicies(fromHeaders);
  } catch {
    return { result: 'csp-header-invalid' };
  }
  // frame-ancestors, report-uri and sandbox are ignored in <meta>.
  const metaCount = [...parsePoliciesOrEmpty(fromMeta).keys()].filter((d) => !['frame-ancestors', 'report-uri', 'sandbox'].includes(d)).length;
  if (headerOnly.size + metaCount === 0) {
    return { result: first(input.headers, 'content-security-policy-report-only') ? 'csp-not-implemented-but-reporting-enabled' : 'csp-not-implemented' };
  }

  const any = () => new Set(['*']);
  const copy = (list: Set<string> | undefined) => (list ? new Set(list) : undefined);
  const script = copy(policy.get('script-src')) ?? copy(policy.get('default-src')) ?? any();
  const style = copy(policy.get('style-src')) ?? copy(policy.get('default-src')) ?? any();
  const object = policy.get('object-src') ?? policy.get('default-src') ?? any();
  // With a nonce or a hash, browsers ignore 'unsafe-inline'; so does the scanner.
  for (const list of [script, style]) if (hasNonceOrHash(list)) list.delete("'unsafe-inline'");

  let result: CspVerdict['result'] | undefined;
  const worst = (r: CspVerdict['result']) => (result ??= r);
  if (script.has("'strict-dynamic'")) {
    if (hasNonceOrHash(script)) {
      for (const source of [...script]) {
        if ([...BROAD].some((b) => source.startsWith(b)) || source === "'self'" || source === "'unsafe-inline'") script.delete(source);
      }
    } else {
      worst('csp-header-invalid');
    }
  }
  const passiveNames = new Set(['img-src', 'media-src']);
  const active = [...policy].filter(([d]) => !passiveNames.has(d) && d !== 'script-src').flatMap(([, l]) => [...l]).concat([...script]);
  const passive = [...passiveNames].flatMap((d) => [...(policy.get(d) ?? policy.get('default-src') ?? [])]);
  const insecure = (s: string) => s.startsWith('http:') || s.startsWith('ftp:');

  if ([...script].some((s) => BROAD_OR_INLINE.has(s)) || [...object].some((s) => BROAD.has(s))) worst('csp-implemented-with-unsafe-inline');
  if (active.some(insecure)) worst('csp-implemented-with-insecure-scheme');
  if (script.has("'unsafe-eval'") || style.has("'unsafe-eval'")) worst('csp-implemented-with-unsafe-eval');
  if (passive.some(insecure)) worst('csp-implemented-with-insecure-scheme-in-passive-content-only');
  if ([...style].some((s) => BROAD_OR_INLINE.has(s))) worst('csp-implemented-with-unsafe-inline-in-style-src-only');
  const defaultSrc = policy.get('default-src');
  if (defaultSrc?.size === 1 && defaultSrc.has("'none'")) worst('csp-implemented-with-no-unsafe-default-src-none');
  else worst('csp-implemented-with-no-unsafe');
  return { result: result!, policy };
}

function parsePoliciesOrEmpty(policies: string[]): Policy {
  try {
    return parsePolicies(policies);
  } catch {
    return new Map();
  }
}

// ---- The other tests -----------------------------------------------------------------------

function test(name: string, result: string, modifier: number, pass: boolean): TestResult {
  return { test: name, result, modifier, pass };
}

function csp(input: ObservatoryInput): TestResult {
  const { result, policy } = cspVerdict(input);
  const passing = ['csp-implemented-with-no-unsafe', 'csp-implemented-with-no-unsafe-default-src-none', 'csp-implemented-with-unsafe-inline-in-style-src-only', 'csp-implemented-with-insecure-scheme-in-passive-content-only'];
  if (!passing.includes(result)) return test('content-security-policy', result, CSP_MODIFIERS[result], false);
  // A passing policy that repeats report-uri or report-to loses its bonus.
  const final = policy?.duplicateReports ? 'csp-implemented-but-duplicate-directives' : result;
  return test('content-security-policy', final, CSP_MODIFIERS[final], true);
}

function hsts(input: ObservatoryInput): TestResult {
  if (input.hstsPreloaded) return test('strict-transport-security', 'hsts-preloaded', 5, true);
  const header = first(input.headers, 'strict-transport-security');
  if (!header) return test('strict-transport-security', 'hsts-not-implemented', -20, false);
  const text = header.slice(0, 1024);
  const maxAge = /(?:^|;)\s*max-age=(\d+)/i.exec(text)?.[1];
  if (text.includes(',') || maxAge === undefined) return test('strict-transport-security', 'hsts-header-invalid', -20, false);
  // Six months, with the scanner's allowance for the common 15552000.
  return Number(maxAge) >= 15_552_000
    ? test('strict-transport-security', 'hsts-implemented-max-age-at-least-six-months', 0, true)
    : test('strict-transport-security', 'hsts-implemented-max-age-less-than-six-months', -10, false);
}

/** Set-Cookie lines only (the scanner also reads cookies set by redirects on the way). */
function cookies(input: ObservatoryInput, hstsPasses: boolean): TestResult {
  const lines = values(input.headers, 'set-cookie');
  if (lines.length === 0) return test('cookies', 'cookies-not-found', 0, true);
  const order: [string, number][] = [
    ['cookies-without-secure-flag-but-protected-by-hsts', -5],
    ['cookies-without-secure-flag', -20],
    ['cookies-session-without-secure-flag-but-protected-by-hsts', -10],
    ['cookies-samesite-flag-invalid', -20],
    ['cookies-anticsrf-without-samesite-flag', -20],
    ['cookies-session-without-httponly-flag', -30],
    ['cookies-session-without-secure-flag', -40],
  ];
  let worst = -1;
  const flag = (name: string) => (worst = Math.max(worst, order.findIndex(([n]) => n === name)));
  let allSameSite = true;
  for (const line of lines) {
    const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
    const name = pair.split('=')[0]!.toLowerCase();
    const attr = new Map(attributes.map((a) => [a.split('=')[0]!.toLowerCase(), a.split('=')[1]?.toLowerCase() ?? '']));
    const secure = attr.has('secure');
    const sameSite = attr.get('samesite');
    const session = ['login', 'sess'].some((s) => name.includes(s));
    if (sameSite !== undefined && !['strict', 'lax', 'none'].includes(sameSite)) flag('cookies-samesite-flag-invalid');
    if (sameSite === 'none' && !secure) flag('cookies-samesite-flag-invalid');
    if (!secure) flag(hstsPasses ? 'cookies-without-secure-flag-but-protected-by-hsts' : 'cookies-without-secure-flag');
    if (name.includes('csrf') && sameSite === undefined) flag('cookies-anticsrf-without-samesite-flag');
    if (session && !secure) flag(hstsPasses ? 'cookies-session-without-secure-flag-but-protected-by-hsts' : 'cookies-session-without-secure-flag');
    if (session && !attr.has('httponly')) flag('cookies-session-without-httponly-flag');
    if (sameSite === undefined) allSameSite = false;
  }
  if (worst >= 0) return test('cookies', order[worst]![0], order[worst]![1], false);
  return allSameSite
    ? test('cookies', 'cookies-secure-with-httponly-sessions-and-samesite', 5, true)
    : test('cookies', 'cookies-secure-with-httponly-sessions', 0, true);
}

function structuredToken(value: string | undefined): string | null {
  // An RFC 8941 item whose bare item is a token, parameters allowed.
  const match = /^\s*([A-Za-z*][A-Za-z0-9:/!#$%&'*+\-.^_`|~]*)\s*(?:;.*)?$/.exec(value ?? '');
  return match ? match[1]! : null;
}

function coep(input: ObservatoryInput): TestResult {
  const all = values(input.headers, 'cross-origin-embedder-policy');
  if (all.length === 0) return test('cross-origin-embedder-policy', 'coep-not-implemented', 0, true);
  const token = all.length > 1 ? null : structuredToken(all[0]!.slice(0, 1024).trim());
  if (token === 'require-corp') return test('cross-origin-embedder-policy', 'coep-implemented-with-require-corp', 10, true);
  if (token === 'credentialless') return test('cross-origin-embedder-policy', 'coep-implemented-with-credentialless', 10, true);
  if (token === 'unsafe-none') return test('cross-origin-embedder-policy', 'coep-implemented-with-unsafe-none', 0, true);
  return test('cross-origin-embedder-policy', 'coep-header-invalid', -5, false);
}

function coop(input: ObservatoryInput): TestResult {
  const all = values(input.headers, 'cross-origin-opener-policy');
  if (all.length === 0) return test('cross-origin-opener-policy', 'coop-not-implemented', 0, true);
  const token = all.length > 1 ? null : structuredToken(all[0]!.slice(0, 1024).trim());
  if (token === 'same-origin' || token === 'same-origin-allow-popups' || token === 'noopener-allow-popups') {
    return test('cross-origin-opener-policy', `coop-implemented-with-${token}`, 10, true);
  }
  if (token === 'unsafe-none') return test('cross-origin-opener-policy', 'coop-implemented-with-unsafe-none', 0, true);
  return test('cross-origin-opener-policy', 'coop-header-invalid', -5, false);
}

function corp(input: ObservatoryInput): TestResult {
  const header = values(input.headers, 'cross-origin-resource-policy').join(', ');
  const value = (header || httpEquiv(input.html, 'cross-origin-resource-policy').at(-1) || '').slice(0, 256).trim().toLowerCase();
  if (!value) return test('cross-origin-resource-policy', 'corp-not-implemented', 0, true);
  if (value === 'same-site') return test('cross-origin-resource-policy', 'corp-implemented-with-same-site', 10, true);
  if (value === 'same-origin') return test('cross-origin-resource-policy', 'corp-implemented-with-same-origin', 10, true);
  if (value === 'cross-origin') return test('cross-origin-resource-policy', 'corp-implemented-with-cross-origin', 0, true);
  return test('cross-origin-resource-policy', 'corp-header-invalid', -5, false);
}

function cors(input: ObservatoryInput): TestResult {
  const allowOrigin = input.cors && first(input.cors.headers, 'access-control-allow-origin');
  if (!input.cors || !allowOrigin) return test('cross-origin-resource-sharing', 'cross-origin-resource-sharing-not-implemented', 0, true);
  const value = allowOrigin.slice(0, 256).trim().toLowerCase();
  if (value === '*') return test('cross-origin-resource-sharing', 'cross-origin-resource-sharing-implemented-with-public-access', 0, true);
  const credentials = first(input.cors.headers, 'access-control-allow-credentials')?.trim().toLowerCase() === 'true';
  if (allowOrigin === input.cors.origin && credentials) {
    return test('cross-origin-resource-sharing', 'cross-origin-resource-sharing-implemented-with-universal-access', -50, false);
  }
  return test('cross-origin-resource-sharing', 'cross-origin-resource-sharing-implemented-with-restricted-access', 0, true);
}

function redirection(input: ObservatoryInput): TestResult {
  const route = input.httpRedirects.map((u) => new URL(u));
  if (route.length === 0) return test('redirection', 'redirection-not-needed-no-http', 0, true);
  if (route.length === 1) return test('redirection', 'redirection-missing', -20, false);
  if (route.at(-1)!.protocol !== 'https:') return test('redirection', 'redirection-not-to-https', -20, false);
  if (route[1]!.protocol === 'http:') return test('redirection', 'redirection-not-to-https-on-initial-redirection', -10, false);
  if (route[0]!.hostname !== route[1]!.hostname) return test('redirection', 'redirection-off-host-from-http', -5, false);
  return test('redirection', 'redirection-to-https', 0, true);
}

function referrer(input: ObservatoryInput): TestResult {
  const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
  const bad = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
  const all = [...values(input.headers, 'referrer-policy'), ...httpEquiv(input.html, 'referrer-policy')];
  if (all.length === 0) return test('referrer-policy', 'referrer-policy-not-implemented', 0, true);
  // The last value a browser understands wins.
  const policy = all.join(',').split(',').map((p) => p.trim().toLowerCase()).filter((p) => good.includes(p) || bad.includes(p)).at(-1);
  if (policy && good.includes(policy)) return test('referrer-policy', 'referrer-policy-private', 5, true);
  if (policy) return test('referrer-policy', 'referrer-policy-unsafe', -5, false);
  return test('referrer-policy', 'referrer-policy-header-invalid', -5, false);
}

function sri(input: ObservatoryInput, host: string): TestResult {
  const type = (first(input.headers, 'content-type') ?? '').split(';')[0]!.trim();
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml') return test('subresource-integrity', 'sri-not-implemented-response-not-html', 0, true);
  const tags = [...(input.html ?? '').matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
  if (tags.length === 0) return test('subresource-integrity', 'sri-not-implemented-but-no-scripts-loaded', 0, true);
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
  const site = (hostname: string) => hostname.split('.').slice(-2).join('.');
  // From least to most severe in the scanner's own order (which ranks the −5 after the −20).
  const order: [string, number][] = [
    ['sri-implemented-but-external-scripts-not-loaded-securely', -20],
    ['sri-not-implemented-but-external-scripts-loaded-securely', -5],
    ['sri-not-implemented-and-external-scripts-not-loaded-securely', -50],
  ];
  let worst = -1;
  let foreign = false;
  let sameOriginWithIntegrity = false;
  for (const tag of tags) {
    const src = attr(tag, 'src');
    if (!src) continue;
    const integrity = Boolean(attr(tag, 'integrity'));
    const protocolRelative = /^\/\/[^/]/.test(src);
    const absolute = /^https?:\/\//i.test(src);
    const relative = !protocolRelative && !absolute;
    const sameSite = protocolRelative || relative || site(new URL(src).hostname) === site(host);
    const secureScheme = relative || (absolute && new URL(src).protocol === 'https:');
    if (relative || (sameSite && !protocolRelative)) {
      if (integrity && secureScheme) sameOriginWithIntegrity = true;
      continue;
    }
    foreign = true;
    if (integrity && !secureScheme) worst = Math.max(worst, 0);
    else if (!integrity && secureScheme) worst = Math.max(worst, 1);
    else if (!integrity) worst = Math.max(worst, 2);
  }
  if (worst >= 0) return test('subresource-integrity', order[worst]![0], order[worst]![1], false);
  if (sameOriginWithIntegrity) return test('subresource-integrity', 'sri-implemented-and-all-scripts-loaded-securely', 5, true);
  return foreign
    ? test('subresource-integrity', 'sri-implemented-and-external-scripts-loaded-securely', 5, true)
    : test('subresource-integrity', 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0, true);
}

function contentTypeOptions(input: ObservatoryInput): TestResult {
  const header = first(input.headers, 'x-content-type-options');
  if (!header) return test('x-content-type-options', 'x-content-type-options-not-implemented', -5, false);
  return header.slice(0, 256).trim().toLowerCase() === 'nosniff'
    ? test('x-content-type-options', 'x-content-type-options-nosniff', 0, true)
    : test('x-content-type-options', 'x-content-type-options-header-invalid', -5, false);
}

function frameOptions(input: ObservatoryInput): TestResult {
  if (cspVerdict(input).policy?.has('frame-ancestors')) return test('x-frame-options', 'x-frame-options-implemented-via-csp', 5, true);
  const header = first(input.headers, 'x-frame-options')?.slice(0, 1024).trim().toLowerCase();
  if (!header) return test('x-frame-options', 'x-frame-options-not-implemented', -20, false);
  if (header === 'deny' || header === 'sameorigin') return test('x-frame-options', 'x-frame-options-sameorigin-or-deny', 5, true);
  if (header.startsWith('allow-from')) return test('x-frame-options', 'x-frame-options-allow-from-origin', 0, true);
  return test('x-frame-options', 'x-frame-options-header-invalid', -20, false);
}

const GRADES: [number, string][] = [
  [100, 'A+'], [90, 'A'], [85, 'A-'], [80, 'B+'], [70, 'B'], [65, 'B-'], [60, 'C+'], [50, 'C'], [45, 'C-'], [40, 'D+'], [30, 'D'], [25, 'D-'], [0, 'F'],
];

/** Bonuses count only once the score without them is an A (90); below that, only the penalties. */
export const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;

export function observatoryScore(input: ObservatoryInput, host = 'www.alwafd.news'): Score {
  const strict = hsts(input);
  const tests = [
    csp(input),
    cookies(input, strict.pass),
    coep(input),
    coop(input),
    cors(input),
    redirection(input),
    referrer(input),
    strict,
    sri(input, host),
    contentTypeOptions(input),
    frameOptions(input),
    corp(input),
  ];
  const penalties = 100 + tests.reduce((sum, t) => sum + Math.min(t.modifier, 0), 0);
  const withBonuses = 100 + tests.reduce((sum, t) => sum + t.modifier, 0);
  const score = Math.max(penalties >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonuses : penalties, 0);
  const grade = GRADES.find(([floor]) => Math.min(score - (score % 5), 100) >= floor)![1];
  return { score, grade, tests };
}

/** A scan of a page served like this one over HTTPS, with http:// redirecting to the same host first (Vercel's behaviour). */
export function asServedOverHttps(headers: Headers, html: string, host = 'www.alwafd.news'): ObservatoryInput {
  return { headers, html, httpRedirects: [`http://${host}/`, `https://${host}/`], hstsPreloaded: false };
}

if (require.main === module) {
  (async () => {
    for (const url of process.argv.slice(2)) {
      const response = await fetch(url, { redirect: 'manual' });
      const headers: Headers = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      const result = observatoryScore(asServedOverHttps(headers, await response.text()));
      console.log(`${url}: ${result.score} (${result.grade})`);
      for (const t of result.tests) console.log(`  ${t.modifier >= 0 ? '+' : ''}${t.modifier}\t${t.test}: ${t.result}`);
    }
  })();
}
