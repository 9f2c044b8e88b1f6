import Sequencer from '@jest/test-sequencer';

/**
 * Jest's order (slowest first, from its cache; largest first without one), with the query-plan tests
 * last: their archive is made in the background meanwhile (plans-archive.ts).
 */
export default class IntegrationSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const last = (test) => test.path.endsWith('query-plans.test.ts');
    return [...sorted.filter((test) => !last(test)), ...sorted.filter(last)];
  }
}
