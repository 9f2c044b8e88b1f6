/** Runs once when a server process starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseToStartWithoutPayloadSecret } = await import('./lib/startup/payload-secret');
  refuseToStartWithoutPayloadSecret();
  // On Vercel the platform answers in front of the function and serves cached pages itself: the
  // layer would only see its internal requests (README, "Security").
  if (process.env.VERCEL !== '1') {
    // Before anyone is answered: what the newsroom expired before this process started stays expired.
    const { restoreExpiredTagsAtStart } = await import('./lib/cache/restore-at-start');
    await restoreExpiredTagsAtStart();
    // A page begun before a change is not kept after it (lib/cache/copies-begun-before-a-change).
    const { judgeCopiesBegunBeforeAChange } = await import('./lib/cache/copies-begun-before-a-change');
    judgeCopiesBegunBeforeAChange();
    const { installServerLayer } = await import('./lib/server/install');
    installServerLayer({ dev: process.env.NODE_ENV === 'development' });
    const { startPublishingClock } = await import('./lib/publishing/clock');
    startPublishingClock();
  }
  const { secretWarning } = await import('./lib/publishing/secret');
  const warning = secretWarning();
  if (warning) console.warn(`\u26a0 ${warning}`);
}
