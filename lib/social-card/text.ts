import path from 'node:path';
import sharp from 'sharp';
import { RLM } from '@/lib/text';

/**
 * Text for social cards is set by Pango (through sharp's text input), a real shaper: Arabic letters
 * join, words run right-to-left, and Latin words inside Arabic ("SpaceX") sit where the bidi
 * algorithm puts them. (Satori/next-og lays Arabic words out left-to-right.)
 */

const FONT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'assets/fonts');
const ARABIC_FONT = path.join(FONT_DIR, 'NotoNaskhArabic-Bold.ttf');
const LATIN_FONT = path.join(FONT_DIR, 'NotoSerif-Bold.ttf');
/**
 * The edition's own face first, the other for what it lacks. Pango takes each character from the
 * first face that has it, and a line is as tall as the tallest face on it: with the Arabic face
 * first, an English line holding a colon or a comma set in it stood taller than its neighbours.
 */
const FAMILY = { rtl: 'Noto Naskh Arabic,Noto Serif Bold', ltr: 'Noto Serif,Noto Naskh Arabic Bold' };

// Only the fonts we ship: identical cards on a laptop, in CI and on Vercel (which has no fonts).
process.env.FONTCONFIG_FILE ??= path.join(FONT_DIR, 'fonts.conf');

/** Breaks a line inside the paragraph (Pango honours it), so the bidi algorithm still sees one paragraph. */
const LINE_SEPARATOR = '\u2028';
const ELLIPSIS = '\u2026';
/** What a cut line should not end in before its ellipsis: spaces, commas, colons, semicolons and dashes (Arabic ones too). */
const DANGLING = /[\s,;:\u060C\u061B\-\u2013\u2014]+$/u;

let fontsReady: Promise<void> | undefined;

/** libvips adds each `fontfile` to the process's font set on first use: register both once. */
function registerFonts(): Promise<void> {
  fontsReady ??= (async () => {
    for (const fontfile of [LATIN_FONT, ARABIC_FONT]) {
      await sharp({ text: { text: '.', font: `${FAMILY.rtl} 8`, fontfile } }).png().toBuffer();
    }
  })();
  return fontsReady;
}

export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface TextBlock {
  /** Transparent PNG cropped to the ink. */
  data: Buffer;
  width: number;
  height: number;
  /** The lines as set: Pango breaks exactly here and nowhere else, so their number is the layout's. */
  lines: string[];
  /** The font size the lines are set in. */
  size: number;
}

export interface TextStyle {
  size: number;
  color: string;
  /** The widest a line's ink may be. */
  width: number;
  /** Extra space between lines, in pixels. */
  spacing?: number;
  rtl: boolean;
}

export interface Room {
  maxLines: number;
  /** The tallest the block's ink may be. */
  maxHeight?: number;
  /** Smaller sizes to try, down to this one, before cutting the text; none below `style.size` when left out. */
  minSize?: number;
}

/** Each step down is this many pixels, so a headline loses as little size as it must. */
const SIZE_STEP = 4;

async function render(lines: string[], style: TextStyle): Promise<TextBlock> {
  await registerFonts();
  // A leading RLM makes the paragraph right-to-left even when it opens with a Latin word;
  // Pango then treats "left" alignment as the paragraph's start (the right edge).
  const text = lines.join(LINE_SEPARATOR);
  const body = style.rtl ? `${RLM}${text}` : text;
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${style.color}">${escapeMarkup(body)}</span>`,
      font: `${style.rtl ? FAMILY.rtl : FAMILY.ltr} ${style.size}`,
      fontfile: ARABIC_FONT,
      // No width: Pango would wrap again where its logical widths (not the ink we measure) run out.
      dpi: 72,
      rgba: true,
      align: 'left',
      spacing: style.spacing ?? Math.round(style.size * 0.35),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, lines, size: style.size };
}

/**
 * A word, or a piece of one too wide for any line: that is broken between letters (never between a
 * letter and its marks), as a browser breaks it.
 */
interface Token {
  text: string;
  /** Continues the previous token's word: joined without a space, and no place to cut. */
  glued: boolean;
}

const joined = (tokens: Token[]) => tokens.map((token, i) => (i > 0 && !token.glued ? ` ${token.text}` : token.text)).join('');

/** Lays text out in lines of whole words, each as wide as its ink allows, measured by Pango itself. */
class Setter {
  private widths = new Map<string, number>();

  constructor(readonly style: TextStyle) {}

  async width(line: string): Promise<number> {
    let width = this.widths.get(line);
    if (width === undefined) {
      width = (await render([line], this.style)).width;
      this.widths.set(line, width);
    }
    return width;
  }

  async fits(line: string): Promise<boolean> {
    return (await this.width(line)) <= this.style.width;
  }

  /** The first `limit` lines of `tokens`, filled greedily; `next` is the first token left over. */
  async break(tokens: Token[], limit: number): Promise<{ lines: Token[][]; next: number }> {
    const lines: Token[][] = [];
    let i = 0;
    while (i < tokens.length && lines.length < limit) {
      if (!(await this.fits(tokens[i]!.text))) tokens.splice(i, 1, ...(await this.split(tokens[i]!)));
      // Gallop, then halve: a line holds a handful of words, a headline may have dozens.
      let fits = 1;
      let fails = tokens.length - i + 1;
      for (let n = 2; n < fails; n *= 2) {
        if (await this.fits(joined(tokens.slice(i, i + n)))) fits = n;
        else fails = n;
      }
      while (fails - fits > 1) {
        const n = Math.floor((fits + fails) / 2);
        if (await this.fits(joined(tokens.slice(i, i + n)))) fits = n;
        else fails = n;
      }
      lines.push(tokens.slice(i, i + fits));
      i += fits;
    }
    return { lines, next: i };
  }

  private async split(token: Token): Promise<Token[]> {
    const letters = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(token.text), ({ segment }) => segment);
    const pieces: Token[] = [];
    while (letters.length) {
      let fits = 1;
      let fails = letters.length + 1;
      while (fails - fits > 1) {
        const n = Math.floor((fits + fails) / 2);
        if (await this.fits(letters.slice(0, n).join(''))) fits = n;
        else fails = n;
      }
      pieces.push({ text: letters.splice(0, fits).join(''), glued: pieces.length > 0 || token.glued });
    }
    return pieces;
  }

  /**
   * The longest beginning of `lines` (the last of which is cut) that ends at a word and, with an
   * ellipsis, still fits its line.
   */
  async cut(lines: Token[][], rest: Token[]): Promise<string[] | undefined> {
    const kept = lines.map(joined);
    const last = lines.at(-1)!;
    const following = [...last, ...rest];
    // With nothing after the last line, the ellipsis must stand for at least its last word.
    for (let n = rest.length ? last.length : last.length - 1; n >= 1; n--) {
      if (following[n]?.glued) continue;
      const line = `${joined(last.slice(0, n)).replace(DANGLING, '')}${ELLIPSIS}`;
      if (await this.fits(line)) return [...kept.slice(0, -1), line];
    }
    return undefined;
  }
}

const tokenize = (text: string): Token[] =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ text: word, glued: false }));

/**
 * Sets text whole in at most `room.maxLines` lines and `room.maxHeight` of ink, at the style's
 * size or, when it does not fit, at the largest size down to `room.minSize` at which it does. Only
 * when it fits at none is it cut: after a whole word, ending in a single ellipsis.
 */
export async function fitText(text: string, style: TextStyle, room: Room): Promise<TextBlock & { truncated: boolean }> {
  const sizes: number[] = [];
  const minSize = Math.min(room.minSize ?? style.size, style.size);
  for (let size = style.size; size > minSize; size -= SIZE_STEP) sizes.push(size);
  sizes.push(minSize);
  const tallEnough = (block: TextBlock) => room.maxHeight === undefined || block.height <= room.maxHeight;

  let setter: Setter | undefined;
  let tokens: Token[] = [];
  let layout: { lines: Token[][]; next: number } | undefined;
  for (const size of sizes) {
    setter = new Setter({ ...style, size });
    tokens = tokenize(text);
    if (!tokens.length) return { ...(await render([text], setter.style)), truncated: false };
    layout = await setter.break(tokens, room.maxLines);
    if (layout.next === tokens.length) {
      const block = await render(layout.lines.map(joined), setter.style);
      if (tallEnough(block)) return { ...block, truncated: false };
    }
  }

  // The smallest size, and still too long: as many lines as the room holds, the last one cut.
  for (let count = Math.min(layout!.lines.length, room.maxLines); count >= 1; count--) {
    const lines = layout!.lines.slice(0, count);
    const rest = tokens.slice(lines.flat().length);
    const cut = (await setter!.cut(lines, rest)) ?? (count > 1 ? undefined : [ELLIPSIS]);
    if (!cut) continue;
    const block = await render(cut, setter!.style);
    if (tallEnough(block) || count === 1) return { ...block, truncated: true };
  }
  return { ...(await render([ELLIPSIS], setter!.style)), truncated: true };
}

/** Sets text at its size in at most `maxLines` lines, cutting after a whole word with "…" when it is longer. */
export function setText(text: string, style: TextStyle, maxLines: number): Promise<TextBlock & { truncated: boolean }> {
  return fitText(text, style, { maxLines });
}
