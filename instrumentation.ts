/** Runs once when a server process starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { refuseForbiddenMethods } = await import('./lib/forbidden-methods');
    refuseForbiddenMethods();
    const { startPublishingClock } = await import('./lib/publishing/clock');
    startPublishingClock();
  }
}
