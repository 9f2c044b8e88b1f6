import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { site, type Locale } from '@/lib/site';
import { setText } from './text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the design changes: it is part of every card URL, so platforms fetch the new look. */
export const CARD_DESIGN = 'd2';

/** The wordmark as outlines (drawn by scripts/make-icons.mjs from the cards' own Arabic face). */
const WORDMARK = path.join(/* turbopackIgnore: true */ process.cwd(), 'assets/brand/wordmark.svg');
let wordmarkSvg: Promise<Buffer> | undefined;

export interface CardContent {
  locale: Locale;
  /** The headline (articles) or page title; at most three lines, then an ellipsis. */
  headline: string;
  /** Small line above the headline: the section. */
  kicker?: string;
  /** The lead picture's bytes (or file). */
  heroFile?: string | Buffer;
  /** The line beside the wordmark at the foot: the motto, in the card's edition. */
  signature?: string;
}

const MARGIN = 56;
/** The site's muted text colour (app/globals.css), for the motto. */
const MUTED = '#4a4a4a';
const IMAGE_WIDTH = 420;
const STRIPE = 10;

/**
 * 1200×630 card: hero image on the reading end's far side (left in Arabic, right in English),
 * section and headline on the near side, the paper's wordmark and motto at the foot. JPEG, well
 * under WhatsApp's 300 KB limit.
 */
export async function renderCard({ locale, headline, kicker, heroFile, signature }: CardContent): Promise<Buffer> {
  const rtl = locale === 'ar';
  const red = site.brand.primary;
  const ink = site.brand.ink;
  const imageWidth = heroFile ? IMAGE_WIDTH : 0;
  const textWidth = CARD_WIDTH - imageWidth - (heroFile ? STRIPE : 0) - 2 * MARGIN;
  // The image takes the far side (left in Arabic), the text column the side reading starts from.
  const columnLeft = rtl ? imageWidth + (heroFile ? STRIPE : 0) + MARGIN : MARGIN;
  const columnRight = columnLeft + textWidth;
  const place = (width: number) => (rtl ? columnRight - width : columnLeft);

  const layers: OverlayOptions[] = [];

  if (heroFile) {
    const hero = await sharp(heroFile).resize(imageWidth, CARD_HEIGHT, { fit: 'cover', position: 'attention' }).toBuffer();
    const heroLeft = rtl ? 0 : CARD_WIDTH - imageWidth;
    layers.push({ input: hero, left: heroLeft, top: 0 });
    layers.push({
      input: { create: { width: STRIPE, height: CARD_HEIGHT, channels: 4, background: red } },
      left: rtl ? imageWidth : CARD_WIDTH - imageWidth - STRIPE,
      top: 0,
    });
  } else {
    layers.push({ input: { create: { width: CARD_WIDTH, height: STRIPE, channels: 4, background: red } }, left: 0, top: 0 });
  }

  let y = MARGIN;
  if (kicker) {
    const block = await setText(kicker, { size: 30, color: red, width: textWidth, rtl }, 1);
    layers.push({ input: block.data, left: place(block.width), top: y });
    y += block.height + 22;
  }

  const title = await setText(headline, { size: 50, color: ink, width: textWidth, rtl, spacing: 0 }, 3);
  layers.push({ input: title.data, left: place(title.width), top: y });

  // Foot: the wordmark on the start side, the motto beside it, above the bottom margin.
  const markHeight = 64;
  const footTop = CARD_HEIGHT - MARGIN - markHeight;
  const mark = await sharp(await (wordmarkSvg ??= readFile(WORDMARK)), { density: 300 }).resize({ height: markHeight }).png().toBuffer({ resolveWithObject: true });
  const markLeft = rtl ? columnRight - mark.info.width : columnLeft;
  layers.push({ input: mark.data, left: markLeft, top: footTop });
  if (signature) {
    // Two short lines at most: the English motto is longer than the Arabic one.
    const line = await setText(signature, { size: 24, color: MUTED, width: textWidth - mark.info.width - 28, rtl, spacing: 4 }, 2);
    const lineLeft = rtl ? markLeft - 28 - line.width : markLeft + mark.info.width + 28;
    layers.push({ input: line.data, left: lineLeft, top: footTop + Math.round((markHeight - line.height) / 2) });
  }
  layers.push({
    input: { create: { width: textWidth, height: 2, channels: 4, background: '#d9d4cc' } },
    left: columnLeft,
    top: footTop - 24,
  });

  return sharp({ create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3, background: '#ffffff' } })
    .composite(layers)
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
