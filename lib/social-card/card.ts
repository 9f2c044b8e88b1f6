import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import type { Focus } from '@/lib/media/focus';
import { site, type Locale } from '@/lib/site';
import { cropped } from './crop';
import { portraitDisc } from './portrait';
import { CARD_HEIGHT, CARD_WIDTH } from './names';
import { fitText, setText } from './text';

/** The wordmark as outlines (drawn by scripts/make-icons.mjs from the cards' own Arabic face). */
const WORDMARK = path.join(/* turbopackIgnore: true */ process.cwd(), 'assets/brand/wordmark.svg');
let wordmarkSvg: Promise<Buffer> | undefined;

export interface CardContent {
  locale: Locale;
  /** The headline (articles) or page title: whole in up to four lines, in smaller type if it must be, else cut with an ellipsis. */
  headline: string;
  /** Small line above the headline: the section (a writer's column, the word for a tag). */
  kicker?: string;
  /** The line beside the wordmark at the foot: the motto, in the card's edition. */
  signature?: string;
}

/** A card shows a story's lead picture (beside the words, full height) or a writer's photo (a disc), not both. */
export type CardPicture =
  | { heroFile?: string | Buffer; heroFocus?: Focus; portraitFile?: never; portraitFocus?: never }
  | { portraitFile?: string | Buffer; portraitFocus?: Focus; heroFile?: never; heroFocus?: never };

const MARGIN = 56;
/** The site's muted text colour (app/globals.css), for the motto. */
const MUTED = '#4a4a4a';
const IMAGE_WIDTH = 420;
const STRIPE = 10;
const PORTRAIT = 300;
const PORTRAIT_GAP = 48;
const MARK_HEIGHT = 64;
/** The rule above the foot. */
const RULE_TOP = CARD_HEIGHT - MARGIN - MARK_HEIGHT - 24;
/** The words (and a writer's disc) keep this clear of the rule. */
const WORDS_BOTTOM = RULE_TOP - 32;
const KICKER_GAP = 22;
/**
 * The headline's type, and how far it may shrink to be shown whole before it is cut: at 40 px it
 * still stands well above the 30 px kicker and reads in a feed's small preview.
 */
const HEADLINE = { size: 50, minSize: 40, maxLines: 4 };

/**
 * 1200×630 card: hero image on the reading end's far side (left in Arabic, right in English),
 * section and headline on the near side, the paper's wordmark and motto at the foot. A writer's
 * card has their photo as a disc on the side reading starts from instead, as their page shows it,
 * with their column and name beside it. JPEG, well under WhatsApp's 300 KB limit.
 */
export async function renderCard({ locale, headline, kicker, heroFile, heroFocus, portraitFile, portraitFocus, signature }: CardContent & CardPicture): Promise<Buffer> {
  const rtl = locale === 'ar';
  const red = site.brand.primary;
  const ink = site.brand.ink;
  const imageWidth = heroFile ? IMAGE_WIDTH : 0;
  const heroSpace = heroFile ? imageWidth + STRIPE : 0;
  const portraitSpace = portraitFile ? PORTRAIT + PORTRAIT_GAP : 0;
  const textWidth = CARD_WIDTH - heroSpace - portraitSpace - 2 * MARGIN;
  // The image takes the far side (left in Arabic), a portrait the near side, the text column the rest.
  const columnLeft = rtl ? heroSpace + MARGIN : MARGIN + portraitSpace;
  const columnRight = columnLeft + textWidth;
  const place = (width: number) => (rtl ? columnRight - width : columnLeft);
  // The foot runs under the text column, or under the portrait and the words alike.
  const footLeft = portraitFile ? MARGIN : columnLeft;
  const footWidth = portraitFile ? CARD_WIDTH - 2 * MARGIN : textWidth;

  const layers: OverlayOptions[] = [];

  if (heroFile) {
    const hero = await (await cropped(heroFile, imageWidth, CARD_HEIGHT, heroFocus)).toBuffer();
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

  const kickerBlock = kicker ? await setText(kicker, { size: 30, color: red, width: textWidth, rtl }, 1) : undefined;
  const kickerSpace = kickerBlock ? kickerBlock.height + KICKER_GAP : 0;
  // The headline has all the height from under the kicker to above the rule (a writer's words are
  // centred on the disc, which starts no higher).
  const title = await fitText(
    headline,
    { size: HEADLINE.size, color: ink, width: textWidth, rtl, spacing: 0 },
    { maxLines: HEADLINE.maxLines, minSize: HEADLINE.minSize, maxHeight: WORDS_BOTTOM - MARGIN - kickerSpace },
  );
  let y = MARGIN;
  if (portraitFile) {
    // The disc in the middle of the space above the rule, the words centred on it.
    const portraitTop = MARGIN + Math.round((WORDS_BOTTOM - MARGIN - PORTRAIT) / 2);
    layers.push({ input: await portraitDisc(portraitFile, PORTRAIT, red, portraitFocus), left: rtl ? CARD_WIDTH - MARGIN - PORTRAIT : MARGIN, top: portraitTop });
    const wordsHeight = kickerSpace + title.height;
    y = Math.max(MARGIN, portraitTop + Math.round((PORTRAIT - wordsHeight) / 2));
  }
  if (kickerBlock) {
    layers.push({ input: kickerBlock.data, left: place(kickerBlock.width), top: y });
    y += kickerSpace;
  }
  layers.push({ input: title.data, left: place(title.width), top: y });

  // Foot: the wordmark on the start side, the motto beside it, above the bottom margin.
  const footTop = CARD_HEIGHT - MARGIN - MARK_HEIGHT;
  const mark = await sharp(await (wordmarkSvg ??= readFile(WORDMARK)), { density: 300 }).resize({ height: MARK_HEIGHT }).png().toBuffer({ resolveWithObject: true });
  const markLeft = rtl ? footLeft + footWidth - mark.info.width : footLeft;
  layers.push({ input: mark.data, left: markLeft, top: footTop });
  if (signature) {
    // Two short lines at most: the English motto is longer than the Arabic one.
    const line = await setText(signature, { size: 24, color: MUTED, width: footWidth - mark.info.width - 28, rtl, spacing: 4 }, 2);
    const lineLeft = rtl ? markLeft - 28 - line.width : markLeft + mark.info.width + 28;
    layers.push({ input: line.data, left: lineLeft, top: footTop + Math.round((MARK_HEIGHT - line.height) / 2) });
  }
  layers.push({
    input: { create: { width: footWidth, height: 2, channels: 4, background: '#d9d4cc' } },
    left: footLeft,
    top: RULE_TOP,
  });

  return sharp({ create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3, background: '#ffffff' } })
    .composite(layers)
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
