/**
 * One GET as a crawler or reader makes it, timed to the last byte of the body (compressed, as
 * browsers ask); redirects are answers, not followed. Shared by scripts/bench-scale.mjs and
 * scripts/bench-sitemaps.mjs.
 */
export async function timed(baseUrl, urlPath) {
  const started = performance.now();
  const response = await fetch(baseUrl + urlPath, { redirect: 'manual', headers: { 'accept-encoding': 'gzip, br' } });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength, text: () => Buffer.from(body).toString('utf8') };
}
