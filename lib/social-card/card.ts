import sharp, { type OverlayOptions } from 'sharp';
import { markSvg } from '@/lib/brand';
import { site, type Locale } from '@/lib/site';
import { setText } from './text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the design changes: it is part of every card URL, so platforms fetch the new look. */
export const CARD_DESIGN = 'd1';

export interface CardContent {
  locale: Locale;
  /** The headline (articles) or page title; at most three lines, then an ellipsis. */
  headline: string;
  /** Small line above the headline: the section. */
  kicker?: string;
  /** Absolute path of the hero image file, when there is one. */
  /** The lead picture's bytes (or file). */
  heroFile?: string | Buffer;
}

const MARGIN = 56;
const IMAGE_WIDTH = 420;
const STRIPE = 10;

/**
 * 1200×630 card: hero image on the reading end's far side (left in Arabic, right in English),
 * section and headline on the near side, the paper's mark and name at the foot. JPEG, well under
 * WhatsApp's 300 KB limit.
 */
export async function renderCard({ locale, headline, kicker, heroFile }: CardContent): Promise<Buffer> {
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

  // Foot: the mark and the paper's name, on the start side, above the bottom margin.
  const markSize = 64;
  const footTop = CARD_HEIGHT - MARGIN - markSize;
  const name = await setText(site.name[locale], { size: 46, color: red, width: textWidth - markSize - 16, rtl }, 1);
  const mark = Buffer.from(markSvg(markSize, red));
  const markLeft = rtl ? columnRight - markSize : columnLeft;
  const nameLeft = rtl ? markLeft - 16 - name.width : markLeft + markSize + 16;
  layers.push({ input: mark, left: markLeft, top: footTop });
  layers.push({ input: name.data, left: nameLeft, top: footTop + Math.round((markSize - name.height) / 2) });
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
