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
/** Arabic first; Pango takes Latin letters and digits the Arabic face lacks from Noto Serif. */
const FAMILY = 'Noto Naskh Arabic,Noto Serif Bold';

// Only the fonts we ship: identical cards on a laptop, in CI and on Vercel (which has no fonts).
process.env.FONTCONFIG_FILE ??= path.join(FONT_DIR, 'fonts.conf');


let fontsReady: Promise<void> | undefined;

/** libvips adds each `fontfile` to the process's font set on first use: register both once. */
function registerFonts(): Promise<void> {
  fontsReady ??= (async () => {
    for (const fontfile of [LATIN_FONT, ARABIC_FONT]) {
      await sharp({ text: { text: '.', font: `${FAMILY} 8`, fontfile } }).png().toBuffer();
    }
  })();
  return fontsReady;
}

export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface TextBlock {
  data: Buffer;
  width: number;
  height: number;
  lines: number;
}

export interface TextStyle {
  size: number;
  color: string;
  width: number;
  /** Extra space between lines, in pixels. */
  spacing?: number;
  rtl: boolean;
}

async function render(text: string, style: TextStyle): Promise<TextBlock> {
  await registerFonts();
  // A leading RLM makes the paragraph right-to-left even when it opens with a Latin word;
  // Pango then treats "left" alignment as the paragraph's start (the right edge).
  const body = style.rtl ? `${RLM}${text}` : text;
  const spacing = style.spacing ?? Math.round(style.size * 0.35);
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${style.color}">${escapeMarkup(body)}</span>`,
      font: `${FAMILY} ${style.size}`,
      fontfile: ARABIC_FONT,
      width: style.width,
      dpi: 72,
      rgba: true,
      align: 'left',
      wrap: 'word',
      spacing,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  // The image is cropped to the ink, and no line's ink is taller than the line pitch, so the
  // number of lines is the height in pitches, rounded up.
  const lines = Math.max(1, Math.ceil(info.height / (await linePitch(style.size, spacing))));
  return { data, width: info.width, height: info.height, lines };
}

const pitches = new Map<string, number>();

/** Distance from one baseline to the next: two lines of a glyph minus one line of it. */
async function linePitch(size: number, spacing: number): Promise<number> {
  const key = `${size}:${spacing}`;
  let pitch = pitches.get(key);
  if (pitch === undefined) {
    const height = async (text: string) =>
      (
        await sharp({ text: { text, font: `${FAMILY} ${size}`, fontfile: ARABIC_FONT, dpi: 72, spacing, rgba: true } })
          .png()
          .toBuffer({ resolveWithObject: true })
      ).info.height;
    pitch = (await height('ا\nا')) - (await height('ا'));
    pitches.set(key, pitch);
  }
  return pitch;
}

/** Sets text in at most `maxLines` lines, cutting whole words and ending with "…" when it is longer. */
export async function setText(text: string, style: TextStyle, maxLines: number): Promise<TextBlock & { truncated: boolean }> {
  const full = await render(text, style);
  if (full.lines <= maxLines) return { ...full, truncated: false };
  const words = text.split(/\s+/);
  let low = 1;
  let high = words.length - 1;
  let best: TextBlock | undefined;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const attempt = await render(`${words.slice(0, mid).join(' ')}…`, style);
    if (attempt.lines <= maxLines) {
      best = attempt;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return { ...(best ?? (await render('…', style))), truncated: true };
}
