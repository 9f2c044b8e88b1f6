/** @jest-environment node */
import { fitText, setText } from '@/lib/social-card/text';
import { inkLines } from '../../support/ink';

jest.setTimeout(30_000);

const MUSK = 'Elon Musk is preparing to take SpaceX public to fund data centres in orbit, but the obstacles are huge';
const LONGER = 'An appetite for electricity that is never satisfied: why power has become the knot of data centres in the age of AI';
const ESSAY = Array.from({ length: 8 }, (_, i) => `Sentence ${i + 1}: editors say the new tools are a hard-working assistant, not a replacement for reporters.`).join(' ');
const ARABIC =
  'إيلون ماسك يستعد لطرح SpaceX للاكتتاب العام لتمويل مراكز بيانات في المدار، لكن العقبات أمامه كبيرة والمستثمرون يترقبون نتائج الطرح في الأسواق العالمية';

/** The English card's headline column beside a hero, and about the room it has above the foot. */
const english = { size: 50, color: '#111111', width: 658, rtl: false, spacing: 0 };
const room = { maxLines: 4, maxHeight: 340, minSize: 40 };

describe('fitting a headline', () => {
  it('sets a headline of ordinary length whole, within four lines and the room, its line count the layout’s', async () => {
    for (const headline of [MUSK, LONGER]) {
      const block = await fitText(headline, english, room);
      expect(block.truncated).toBe(false);
      expect(block.lines.join(' ')).toBe(headline);
      expect(block.lines.length).toBeLessThanOrEqual(4);
      expect(block.height).toBeLessThanOrEqual(room.maxHeight);
      expect(block.width).toBeLessThanOrEqual(english.width);
      // What was drawn has as many lines of ink as the block says.
      expect(await inkLines(block.data)).toHaveLength(block.lines.length);
    }
  });

  it('keeps the full size when the headline fits it, and steps down only as far as needed', async () => {
    expect((await fitText('SpaceX plans an IPO', english, room)).size).toBe(50);
    const musk = await fitText(MUSK, english, room);
    expect(musk.size).toBeLessThan(50);
    expect(musk.size).toBeGreaterThanOrEqual(40);
  });

  it('cuts a headline too long for the smallest size at a word, with one ellipsis', async () => {
    const block = await fitText(ESSAY, english, room);
    expect(block.truncated).toBe(true);
    expect(block.size).toBe(40);
    expect(block.lines).toHaveLength(4);
    const shown = block.lines.join(' ');
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.match(/…/g)).toHaveLength(1);
    const kept = shown.slice(0, -1);
    expect(ESSAY.startsWith(kept)).toBe(true);
    // The next character of the headline is not a letter: the cut is where a word ends.
    expect(ESSAY[kept.length]).toMatch(/[^\p{L}\p{N}]/u);
    expect(kept).not.toMatch(/[\s,:;]$/);
  });

  it('fits a long Arabic headline whole, right to left', async () => {
    const block = await fitText(ARABIC, { ...english, rtl: true }, room);
    expect(block.truncated).toBe(false);
    expect(block.lines.join(' ')).toBe(ARABIC);
    expect(block.height).toBeLessThanOrEqual(room.maxHeight);
    expect(block.width).toBeLessThanOrEqual(english.width);
  });

  it('spaces lines evenly, whichever face sets their punctuation', async () => {
    // Every word is "Hhh", so each line's ink starts at the ascender; one line has a colon.
    const words = Array.from({ length: 16 }, (_, i) => (i === 7 ? 'Hhh:' : 'Hhh')).join(' ');
    const block = await setText(words, english, 4);
    const tops = (await inkLines(block.data)).map(([top]) => top);
    expect(tops.length).toBeGreaterThanOrEqual(3);
    const gaps = tops.slice(1).map((top, i) => top - tops[i]!);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });
});
