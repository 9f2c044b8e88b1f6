import { measuredRun } from '../../scripts/lib/lighthouse-attempts.mjs';

/** scripts/lib/lighthouse-attempts.mjs: a failed trace is measured again, never judged. */
const failed = { runtimeError: { code: 'NO_NAVSTART', message: 'Something went wrong with recording the trace.' } };
const measured = { categories: { performance: { score: 0.97 } } };
const runs = (...reports: object[]) => {
  const queue = [...reports];
  return jest.fn(async () => queue.shift()!);
};

describe('measuredRun', () => {
  it('runs again after a failed trace and returns the report that measured the page', async () => {
    const run = runs(failed, failed, measured);
    const warnings: string[] = [];
    await expect(measuredRun(run, '/en/news/1010', 3, (line) => warnings.push(line))).resolves.toBe(measured);
    expect(run).toHaveBeenCalledTimes(3);
    expect(warnings).toEqual(['lighthouse: /en/news/1010 — NO_NAVSTART, run again (attempt 2 of 3)', 'lighthouse: /en/news/1010 — NO_NAVSTART, run again (attempt 3 of 3)']);
  });

  it('fails the page, naming the error, when every attempt failed', async () => {
    const run = runs(failed, failed, failed, measured);
    await expect(measuredRun(run, '/en/news/1010', 3, () => {})).rejects.toThrow('Lighthouse could not measure /en/news/1010 in 3 attempts: NO_NAVSTART');
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('takes a first report that measured the page as it is', async () => {
    const run = runs(measured);
    await expect(measuredRun(run, '/blank')).resolves.toBe(measured);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
