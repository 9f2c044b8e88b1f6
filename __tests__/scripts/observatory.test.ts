/** @jest-environment node */
import { contentSecurityPolicy, securityHeaderObject } from '@/lib/security-headers';
import { asServedOverHttps, observatoryScore, parsePolicies, type Headers } from '@/scripts/observatory';

const HTML = '<!doctype html><html><head><script src="/_next/static/chunks/a.js" async></script><script>self.__next_f=[]</script></head></html>';
const HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const lower = (headers: Record<string, string>): Headers => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
const scan = (headers: Headers, html = HTML) => observatoryScore(asServedOverHttps({ 'content-type': 'text/html; charset=utf-8', ...headers }, html));
const result = (headers: Headers, test: string) => scan(headers).tests.find((t) => t.test === test)!;

describe('the Observatory scorer', () => {
  it('scores a page with no security headers at all 30 (D): −25 CSP, −20 HSTS, −20 framing, −5 nosniff', () => {
    expect(scan({})).toMatchObject({ score: 30, grade: 'D' });
  });

  it('withholds every bonus while the score without them is below an A', () => {
    const headers = lower(securityHeaderObject());
    const { score, grade, tests } = scan(headers);
    expect(tests.find((t) => t.test === 'content-security-policy')).toMatchObject({ result: 'csp-implemented-with-unsafe-inline', modifier: -20 });
    // 100 − 20; the +10 +10 +5 +5 for COOP, CORP, referrer policy and frame-ancestors do not count.
    expect({ score, grade }).toEqual({ score: 80, grade: 'B+' });
  });

  it('grants them once scripts are allowed by hash only: 130 (A+)', () => {
    const headers = lower({ ...securityHeaderObject(), 'Content-Security-Policy': contentSecurityPolicy({ scriptHashes: [HASH] }) });
    expect(result(headers, 'content-security-policy')).toMatchObject({ result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 });
    expect(scan(headers)).toMatchObject({ score: 130, grade: 'A+' });
  });

  it('ignores unsafe-inline beside a hash, as browsers do, and needs a hash for strict-dynamic', () => {
    expect(result({ 'content-security-policy': `default-src 'none'; script-src 'unsafe-inline' ${HASH}; form-action 'self'` }, 'content-security-policy').result).toBe(
      'csp-implemented-with-no-unsafe-default-src-none',
    );
    expect(result({ 'content-security-policy': "script-src 'strict-dynamic' 'self'; object-src 'none'" }, 'content-security-policy').result).toBe('csp-header-invalid');
  });

  it('finds the unsafe sources the rules name', () => {
    const csp = (policy: string) => result({ 'content-security-policy': policy }, 'content-security-policy').result;
    expect(csp("default-src 'self'; script-src 'self' 'unsafe-eval'")).toBe('csp-implemented-with-unsafe-eval');
    expect(csp("default-src 'self'; object-src https:")).toBe('csp-implemented-with-unsafe-inline');
    expect(csp("default-src 'self'; img-src http://cdn.example")).toBe('csp-implemented-with-insecure-scheme-in-passive-content-only');
    expect(csp("default-src 'self'; script-src 'self' http://cdn.example")).toBe('csp-implemented-with-insecure-scheme');
    expect(csp("default-src 'self'; default-src 'none'")).toBe('csp-header-invalid');
    expect(csp("default-src 'self'; report-uri /a; report-uri /b")).toBe('csp-implemented-but-duplicate-directives');
  });

  it('reads a policy from <meta http-equiv>', () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; frame-ancestors 'none'">`;
    const { tests } = scan({}, html);
    expect(tests.find((t) => t.test === 'content-security-policy')?.result).toBe('csp-implemented-with-no-unsafe');
  });

  it('merges several policies by keeping what each allows', () => {
    const policy = parsePolicies(["script-src 'self' https://a.example", "script-src 'self'"]);
    expect([...policy.get('script-src')!]).toEqual(["'self'"]);
  });

  it('checks the redirect from http, cookies, and scripts from other sites', () => {
    const base = { 'content-type': 'text/html' };
    const redirect = (route: string[]) => observatoryScore({ headers: base, html: '', httpRedirects: route }).tests.find((t) => t.test === 'redirection')!.result;
    expect(redirect(['http://www.alwafd.news/', 'https://www.alwafd.news/'])).toBe('redirection-to-https');
    expect(redirect(['http://www.alwafd.news/', 'https://alwafd.news/'])).toBe('redirection-off-host-from-http');
    expect(redirect(['http://www.alwafd.news/'])).toBe('redirection-missing');
    expect(result({ 'set-cookie': 'sessionid=1; Secure; SameSite=Lax' }, 'cookies').result).toBe('cookies-session-without-httponly-flag');
    const foreign = scan({}, '<script src="https://cdn.example.net/x.js"></script>').tests.find((t) => t.test === 'subresource-integrity')!;
    expect(foreign).toMatchObject({ result: 'sri-not-implemented-but-external-scripts-loaded-securely', modifier: -5 });
  });
});
