/**
 * What the breaking-news strip's server part (the pre-paint script) and its island share: where a
 * reader's dismissals are kept — on the device only, never in a cookie, so every page stays
 * cacheable — and how long an open page waits between checks.
 */
export const DISMISSED_KEY = 'alwafd:breaking-dismissed';
/** With the JSON's 30 s life (app/api/breaking-news), an open page shows a new line within a minute. */
export const POLL_MS = 30_000;
