/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { renderCard } from '@/lib/social-card/card';
import { cropped } from '@/lib/social-card/crop';
import { portraitDisc } from '@/lib/social-card/portrait';
import { articleCardPath, articleCardVersion, parseCardFile, renderArticleCard, renderWriterCard, writerCardVersion } from '@/lib/social-card';
import { makeArticle, WRITER } from '../../support/content';
import { inkLines, marksFromLeft } from '../../support/ink';

jest.setTimeout(30_000);

/** Columns (x) where the headline band has dark ink: the text's horizontal extent. */
async function inkColumns(jpeg: Buffer, top: number, height: number, left = 0, width = 1200 - left): Promise<{ min: number; max: number }> {
  const { data, info } = await sharp(jpeg).extract({ left, top, width, height }).greyscale().raw().toBuffer({ resolveWithObject: true });
  let min = Infinity;
  let max = -Infinity;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[y * info.width + x]! < 80) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
  }
  return { min: min + left, max: max + left };
}

describe('social card', () => {
  it('renders a card with a hero as a 1200×630 JPEG well under 300 KB', async () => {
    // A photograph-like hero: noise compresses worst, so the size bound is a real one.
    const hero = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wafd-card-')), 'hero.png');
    const noise = Buffer.from(Array.from({ length: 1600 * 900 * 3 }, (_, i) => (i * 2654435761) % 251));
    await sharp(noise, { raw: { width: 1600, height: 900, channels: 3 } }).png().toFile(hero);
    const card = await renderCard({ locale: 'ar', headline: 'SpaceX تخطط للاكتتاب العام', kicker: 'تكنولوجيا', heroFile: hero });
    const meta = await sharp(card).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    expect(card.length).toBeLessThan(300 * 1024);
  });

  it('renders the card of a story whose picture is not on disk from its words alone', async () => {
    const card = await renderArticleCard(makeArticle(7, { title: 'عنوان' }));
    expect(await sharp(card).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
  });

  it('sets Arabic headlines from the right edge and English ones from the left (no hero: all paper)', async () => {
    const arabic = await renderCard({ locale: 'ar', headline: 'SpaceX تخطط للاكتتاب العام' });
    const english = await renderCard({ locale: 'en', headline: 'SpaceX plans an IPO' });
    const ar = await inkColumns(arabic, 60, 200);
    const en = await inkColumns(english, 60, 200);
    expect(ar.max).toBeGreaterThan(1100); // flush with the right margin (1144)
    expect(ar.min).toBeGreaterThan(400);
    expect(en.min).toBeLessThan(100); // flush with the left margin (56)
    expect(en.max).toBeLessThan(800);
  });

  it('cuts a headline too long for four lines of the smallest type with an ellipsis, and leaves a short one whole', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `كلمة${i}`).join(' ');
    const cut = await renderCard({ locale: 'ar', headline: long });
    const whole = await renderCard({ locale: 'ar', headline: long.split(' ').slice(0, 12).join(' ') });
    // Between the red stripe at the top (10 px) and the rule above the paper's name.
    const column = { left: 0, top: 10, width: 1200, height: 630 - 56 - 64 - 24 - 10 };
    const cutLines = await inkLines(cut, column);
    const wholeLines = await inkLines(whole, column);
    expect(cutLines).toHaveLength(4);
    expect(wholeLines).toHaveLength(2);

    // An Arabic line ends on the left. The cut one ends in the three dots of "…", each a fraction
    // of the line's height, before the full-height glyphs of the last word kept; the whole
    // headline ends in its last word.
    const isDot = ({ height }: { height: number }, line: [number, number]) => height < (line[1] - line[0] + 1) / 3;
    const cutEnd = await marksFromLeft(cut, cutLines[3]!, 4);
    expect(cutEnd.map((mark) => isDot(mark, cutLines[3]!))).toEqual([true, true, true, false]);
    const wholeEnd = await marksFromLeft(whole, wholeLines[1]!, 1);
    expect(isDot(wholeEnd[0]!, wholeLines[1]!)).toBe(false);
  });

  describe('headline', () => {
    /** A plain hero, so the text column's ink is the words alone. */
    const hero = () => sharp({ create: { width: 800, height: 600, channels: 3, background: '#3060a0' } }).png().toBuffer();
    /** The text column beside the hero, from under the red stripe to the rule above the foot. */
    const columnOf = (locale: 'ar' | 'en') => ({ left: locale === 'ar' ? 430 + 56 : 56, top: 10, width: 658, height: 630 - 56 - 64 - 24 - 10 });
    /** The last `count` marks of a line, counted from where it ends (left in Arabic, right in English). */
    async function lineEnd(card: Buffer, column: { left: number; width: number }, line: [number, number], count: number, from: 'left' | 'right') {
      const region = { left: column.left, top: line[0], width: column.width, height: line[1] - line[0] + 1 };
      const { data, info } = await sharp(card).extract(region).greyscale().raw().toBuffer({ resolveWithObject: true });
      const inked = (x: number) => Array.from({ length: info.height }, (_, y) => data[y * info.width + x]! < 128);
      const marks: Array<{ height: number }> = [];
      let rows: boolean[] | undefined;
      const xs = Array.from({ length: info.width }, (_, i) => (from === 'left' ? i : info.width - 1 - i));
      for (const x of [...xs, -1]) {
        const column = x < 0 ? undefined : inked(x);
        if (column?.some(Boolean)) {
          rows = rows ? rows.map((on, y) => on || column[y]!) : column;
        } else if (rows) {
          marks.push({ height: rows.lastIndexOf(true) - rows.indexOf(true) + 1 });
          rows = undefined;
          if (marks.length === count) break;
        }
      }
      return marks;
    }
    const endsInDots = async (card: Buffer, locale: 'ar' | 'en') => {
      const column = columnOf(locale);
      // Arabic dots above and below a line's letters can stand apart from them by a few blank rows.
      const lines = (await inkLines(card, column)).reduce<Array<[number, number]>>((merged, band) => {
        const previous = merged.at(-1);
        if (previous && band[0] - previous[1] <= 8) previous[1] = band[1];
        else merged.push([...band]);
        return merged;
      }, []);
      const last = lines.at(-1)!;
      const marks = await lineEnd(card, column, last, 3, locale === 'ar' ? 'left' : 'right');
      return { lines, dots: marks.every(({ height }) => height < (last[1] - last[0] + 1) / 3) };
    };

    it('shows a long English headline whole, in the room above the foot', async () => {
      const headline = 'Elon Musk is preparing to take SpaceX public to fund data centres in orbit, but the obstacles are huge';
      const card = await renderCard({ locale: 'en', headline, kicker: 'Technology', heroFile: await hero() });
      const { lines, dots } = await endsInDots(card, 'en');
      expect(dots).toBe(false);
      // The kicker and the headline's lines, which end clear of the rule.
      expect(lines.length).toBeGreaterThanOrEqual(5);
      expect(lines.at(-1)![1]).toBeLessThan(630 - 56 - 64 - 24 - 24);
      // Everything left of the red stripe (at 770) is the text column and its margin.
      const ink = await inkColumns(card, 10, 450, 0, 770);
      expect(ink.max).toBeLessThan(56 + 658);
    });

    it('shows a long Arabic headline whole, from the right edge', async () => {
      const headline = 'إيلون ماسك يستعد لطرح SpaceX للاكتتاب العام لتمويل مراكز بيانات في المدار، لكن العقبات أمامه كبيرة والمستثمرون يترقبون نتائج الطرح في الأسواق العالمية';
      const card = await renderCard({ locale: 'ar', headline, kicker: 'تكنولوجيا', heroFile: await hero() });
      const { lines, dots } = await endsInDots(card, 'ar');
      expect(dots).toBe(false);
      expect(lines.length).toBeGreaterThanOrEqual(4);
      const ink = await inkColumns(card, 10, 450, 430);
      expect(ink.max).toBeGreaterThan(1120); // flush with the right margin (1144)
      expect(ink.min).toBeGreaterThanOrEqual(430 + 56 - 4);
    });

    it('ends a headline too long for the card in an ellipsis', async () => {
      const headline = Array.from({ length: 12 }, () => 'Editors say the new tools are a hard-working assistant, not a replacement.').join(' ');
      const card = await renderCard({ locale: 'en', headline, kicker: 'Media', heroFile: await hero() });
      const { lines, dots } = await endsInDots(card, 'en');
      expect(dots).toBe(true);
      expect(lines).toHaveLength(1 + 4);
    });
  });

  it('signs the foot with the red wordmark on the start side and the motto beside it', async () => {
    /** Red pixels (the paper's red, not ink or grey) per column of the foot band, split at the middle of the text column. */
    async function footInk(card: Buffer) {
      const foot = { left: 0, top: 630 - 56 - 64, width: 1200, height: 64 };
      const { data, info } = await sharp(card).extract(foot).raw().toBuffer({ resolveWithObject: true });
      let redRight = 0, redLeft = 0, greyRight = 0, greyLeft = 0;
      for (let y = 0; y < info.height; y++) {
        for (let x = 0; x < info.width; x++) {
          const [r, g, b] = [data[(y * info.width + x) * 3]!, data[(y * info.width + x) * 3 + 1]!, data[(y * info.width + x) * 3 + 2]!];
          const red = r > 140 && g < 80 && b < 80;
          const grey = !red && r < 150 && Math.abs(r - g) < 20 && Math.abs(g - b) < 20;
          if (red && x >= 600) redRight++;
          if (red && x < 600) redLeft++;
          if (grey && x >= 600) greyRight++;
          if (grey && x < 600) greyLeft++;
        }
      }
      return { redRight, redLeft, greyRight, greyLeft };
    }
    const arabic = await footInk(await renderCard({ locale: 'ar', headline: 'عنوان', signature: 'الحق فوق القوة والأمة فوق الحكومة' }));
    expect(arabic.redRight).toBeGreaterThan(1500);
    expect(arabic.redLeft).toBe(0);
    expect(arabic.greyRight + arabic.greyLeft).toBeGreaterThan(200);
    const english = await footInk(await renderCard({ locale: 'en', headline: 'Headline', signature: 'Al-Wafd · Right above might' }));
    expect(english.redLeft).toBeGreaterThan(1500);
    expect(english.redRight).toBe(0);
  });

  describe('of a writer', () => {
    /** A photo that is one flat blue, so its pixels are easy to tell from ink, paper and the red ring. */
    const photo = () => sharp({ create: { width: 400, height: 500, channels: 3, background: '#1e50c8' } }).png().toBuffer();
    const pixel = async (card: Buffer, x: number, y: number) => {
      const { data } = await sharp(card).extract({ left: x, top: y, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
      const [r, g, b] = data;
      return r! < 80 && b! > 150 ? 'photo' : r! > 140 && g! < 80 && b! < 80 ? 'ring' : r! > 230 && g! > 230 && b! > 230 ? 'paper' : 'other';
    };
    /** Columns where the name's ink is (dark grey: not the red ring, not the blue photo), beside the disc. */
    async function nameColumns(card: Buffer) {
      const { data, info } = await sharp(card).extract({ left: 0, top: 100, width: 1200, height: 310 }).raw().toBuffer({ resolveWithObject: true });
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < data.length; i += 3) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (Math.max(r, g, b) < 90 && Math.max(r, g, b) - Math.min(r, g, b) < 30) {
          const x = (i / 3) % info.width;
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
      }
      return { min, max };
    }
    /** The 300 px disc: its box's corner, its rim, its middle; on the start side (right in Arabic). */
    const disc = async (card: Buffer, left: number) => [await pixel(card, left + 4, 109), await pixel(card, left + 150, 107), await pixel(card, left + 150, 255)];

    it('shows the photo as a ringed disc on the side reading starts from, the name beside it', async () => {
      const arabic = await renderCard({ locale: 'ar', headline: 'كاتبة العمود', kicker: 'عمود ثابت', portraitFile: await photo() });
      expect(await disc(arabic, 844)).toEqual(['paper', 'ring', 'photo']);
      expect(await disc(arabic, 56)).toEqual(['paper', 'paper', 'paper']);
      const words = await nameColumns(arabic);
      expect(words.max).toBeLessThan(844);
      expect(words.max).toBeGreaterThan(700); // flush with the column's right edge (796)

      const english = await renderCard({ locale: 'en', headline: 'The Columnist', kicker: 'A Fixed Column', portraitFile: await photo() });
      expect(await disc(english, 56)).toEqual(['paper', 'ring', 'photo']);
      expect(await disc(english, 844)).toEqual(['paper', 'paper', 'paper']);
      const englishWords = await nameColumns(english);
      expect(englishWords.min).toBeGreaterThan(356);
      expect(englishWords.min).toBeLessThan(450); // flush with the column's left edge (404)
    });

    it('is drawn from the words alone when the photo cannot be read', async () => {
      const card = await renderWriterCard(WRITER, 'ar', 'الحق فوق القوة');
      expect(await sharp(card).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
      expect(await disc(card, 844)).toEqual(['paper', 'paper', 'paper']);
    });
  });

  describe('the hero, cut around the editor’s focal point', () => {
    /** A 1600×900 grey photograph with a red subject at 400–600 px across (its middle at 31.25 %) and a white one at 1000–1200 px (68.75 %). */
    async function twoSubjects(): Promise<Buffer> {
      const block = (background: string) => ({ create: { width: 200, height: 300, channels: 3 as const, background } });
      return sharp({ create: { width: 1600, height: 900, channels: 3, background: '#808080' } })
        .composite([
          { input: await sharp(block('#ff0000')).png().toBuffer(), left: 400, top: 300 },
          { input: await sharp(block('#ffffff')).png().toBuffer(), left: 1000, top: 300 },
        ])
        .png()
        .toBuffer();
    }
    const colourAt = async (jpeg: Buffer, left: number, top: number) => {
      const { data } = await sharp(jpeg).extract({ left, top, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
      const [r, g, b] = [...data];
      return r! > 200 && g! < 60 && b! < 60 ? 'red' : r! > 200 && g! > 200 && b! > 200 ? 'white' : 'other';
    };

    it('keeps the subject the editor chose in the card’s tall slot (left in Arabic), whichever it is', async () => {
      const hero = await twoSubjects();
      // The slot is 420×630, 600 px of the picture's width: the chosen subject in its middle, the other out of it.
      const red = await renderCard({ locale: 'ar', headline: 'عنوان', heroFile: hero, heroFocus: { x: 31.25, y: 50 } });
      expect(await colourAt(red, 210, 315)).toBe('red');
      const white = await renderCard({ locale: 'ar', headline: 'عنوان', heroFile: hero, heroFocus: { x: 68.75, y: 50 } });
      expect(await colourAt(white, 210, 315)).toBe('white');
      for (const x of [20, 400]) expect([x, await colourAt(red, x, 315), await colourAt(white, x, 315)]).toEqual([x, 'other', 'other']);
    });

    it('cuts a writer’s disc around it: the face low in a tall photo is not cut for its top', async () => {
      // 400×800: a red face at 600–700 px down (81 %); a square crop from the top shows 0–400 px.
      const face = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#ff0000' } }).png().toBuffer();
      const photo = await sharp({ create: { width: 400, height: 800, channels: 3, background: '#808080' } }).composite([{ input: face, left: 150, top: 600 }]).png().toBuffer();
      const centre = async (png: Buffer) => colourAt(await sharp(png).flatten({ background: '#ffffff' }).jpeg().toBuffer(), 150, 150);
      expect(await centre(await portraitDisc(photo, 300, '#c00000', { x: 50, y: 81.25 }))).toBe('red');
      expect(await centre(await portraitDisc(photo, 300, '#c00000'))).toBe('other');
    });

    it('cuts the search engines’ crops around it too', async () => {
      const hero = await twoSubjects();
      // 900×900 of it around the red subject: in the square's middle.
      const square = await (await cropped(hero, 1200, 1200, { x: 31.25, y: 50 })).jpeg().toBuffer();
      expect([await sharp(square).metadata().then((m) => [m.width, m.height]), await colourAt(square, 600, 600)]).toEqual([[1200, 1200], 'red']);
    });
  });

  it('versions card URLs by content, so an edit gets a new URL', () => {
    expect(articleCardPath(makeArticle(1001))).toMatch(/^\/cards\/1001-[0-9a-f]{10}\.jpg$/);
    expect(articleCardVersion({ revision: 'aaaaaaaaaaaa' })).not.toBe(articleCardVersion({ revision: 'bbbbbbbbbbbb' }));
    // A writer's card draws the photo around its focal point: moving the point is a new card.
    const focused = { ...WRITER, photo: { ...WRITER.photo!, focus: { x: 50, y: 20 } } };
    expect(writerCardVersion(focused, 'ar')).not.toBe(writerCardVersion(WRITER, 'ar'));
  });

  it('reads only well-formed card names', () => {
    expect(parseCardFile('1001-0123456789.jpg')).toEqual({ kind: 'article', id: 1001, version: '0123456789' });
    expect(parseCardFile('1001-0123456789-1x1.jpg')).toEqual({ kind: 'article', id: 1001, version: '0123456789', crop: '1x1' });
    expect(parseCardFile('ar-home-d1.jpg')).toEqual({ kind: 'home', locale: 'ar', design: 'd1' });
    // A section's card under its old, unversioned name: its design stands where the version now is.
    expect(parseCardFile('ar-economy-d1.jpg')).toEqual({ kind: 'section', locale: 'ar', slug: 'economy', version: 'd1' });
    // Whether a named section exists is the card route's question (it answers 404), not the name's.
    expect(parseCardFile('ar-weather-d1.jpg')).toEqual({ kind: 'section', locale: 'ar', slug: 'weather', version: 'd1' });
    for (const bad of ['1001.jpg', '../x.jpg', 'ar-Weather-d1.jpg', 'fr-home-d1.jpg', '1001-0123456789.png', '99999999999999999999-0123456789.jpg', '2147483648-0123456789.jpg', '0-0123456789.jpg', '01001-0123456789.jpg']) {
      expect(parseCardFile(bad)).toBeUndefined();
    }
  });
});
