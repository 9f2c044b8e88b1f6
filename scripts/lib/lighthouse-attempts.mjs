/**
 * One Lighthouse run that measured the page. A run whose trace failed (NO_NAVSTART, NO_FCP, …) comes
 * back as a report with `runtimeError` and no figures — Lighthouse's own advice is to run again — and
 * a median or a gate must never be taken over it (a missing CLS compares as no shift at all). Such a
 * run is repeated, up to `attempts` in all; then the page fails, naming Lighthouse's error.
 */
export async function measuredRun(run, url, attempts = 3, warn = console.warn) {
  for (let attempt = 1; ; attempt++) {
    const lhr = await run();
    if (!lhr.runtimeError) return lhr;
    const { code, message } = lhr.runtimeError;
    if (attempt >= attempts) throw new Error(`Lighthouse could not measure ${url} in ${attempts} attempts: ${code} — ${message}`);
    warn(`lighthouse: ${url} — ${code}, run again (attempt ${attempt + 1} of ${attempts})`);
  }
}
