/**
 * Where `scripts/with-server.mjs --keep-as-built` keeps a build as it was built, and where the browser
 * tests in CI take it from (playwright.config.ts): beside the build, not a build under another name —
 * the folder's name is compiled into the server's code (distDir), so a copy serves only once it is
 * moved back to the folder it was built into.
 */
export function asBuiltFolder(dist) {
  return `${dist}-as-built`;
}
