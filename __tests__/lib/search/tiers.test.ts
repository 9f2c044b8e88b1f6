import { rankedMatches, type TermSet } from '@/lib/search/tiers';

type Row = { id: number };
const rows = (...ids: number[]): Row[] => ids.map((id) => ({ id }));

/** A reader whose sets answer only when the test says so, recording what was asked and when. */
function controlledSets() {
  const asked: TermSet[] = [];
  const answers = new Map<TermSet, { resolve: (rows: Row[]) => void; reject: (error: Error) => void }>();
  const read = (set: TermSet) => {
    asked.push(set);
    return new Promise<Row[]>((resolve, reject) => answers.set(set, { resolve, reject }));
  };
  return { asked, read, answer: (set: TermSet, ids: number[]) => answers.get(set)!.resolve(rows(...ids)), fail: (set: TermSet) => answers.get(set)!.reject(new Error(`${set} timed out`)) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('rankedMatches: headline, summary, body, stems, newest first within each', () => {
  it('ranks each story in the first set that holds it, keeping each set newest first', async () => {
    const sets: Record<TermSet, number[]> = { title: [9, 4], head: [12, 9, 7, 4], words: [15, 12, 9, 8, 7, 4], stems: [20, 15, 3] };
    const ranked = await rankedMatches(async (set) => rows(...sets[set]), 10);
    expect(ranked.map((row) => row.id)).toEqual([9, 4, 12, 7, 15, 8, 20, 3]);
  });

  it('asks the headlines, the summaries and the bodies at once, before any answers', async () => {
    const sets = controlledSets();
    const ranking = rankedMatches(sets.read, 3);
    expect(sets.asked).toEqual(['title', 'head', 'words']);
    sets.answer('words', [8, 7, 6]);
    sets.answer('head', [7]);
    sets.answer('title', []);
    expect((await ranking).map((row) => row.id)).toEqual([7, 8, 6]);
    expect(sets.asked).not.toContain('stems');
  });

  it('answers from the headlines alone when they fill the page, without waiting for the other sets', async () => {
    const sets = controlledSets();
    const ranking = rankedMatches(sets.read, 2);
    sets.answer('title', [5, 3]);
    // The summaries and bodies never answer; a failure of theirs reaches no one.
    sets.fail('words');
    expect((await ranking).map((row) => row.id)).toEqual([5, 3]);
    await settle();
  });

  it('asks the stems only when the three sets hold fewer distinct stories than wanted', async () => {
    const sets = controlledSets();
    const ranking = rankedMatches(sets.read, 3);
    // Three rows, two stories: a story found by two sets counts once.
    sets.answer('title', [5]);
    sets.answer('head', [5]);
    sets.answer('words', [5, 2]);
    await settle();
    expect(sets.asked).toEqual(['title', 'head', 'words', 'stems']);
    sets.answer('stems', [9, 2]);
    expect((await ranking).map((row) => row.id)).toEqual([5, 2, 9]);
  });

  it('fails when a set it waits for fails', async () => {
    const sets = controlledSets();
    const ranking = rankedMatches(sets.read, 2);
    sets.answer('title', [1]);
    sets.fail('head');
    await expect(ranking).rejects.toThrow('head timed out');
  });
});
