import { getTranslations } from 'next-intl/server';
import { getArticle, getSection, getWriter } from '@/lib/content';
import { CARD_CACHE, MISSING_FILE_CACHE } from '@/lib/cache-control';
import { unavailableResponse } from '@/lib/unavailable';
import type { Locale } from '@/lib/site';
import { sectionInSentence } from '@/lib/content/section-name';
import { pageState } from '@/lib/pages/exists';
import {
  CARD_TYPE,
  articleCardPath,
  articleCardVersion,
  articleCropPath,
  isCurrentPageCard,
  pageCardPath,
  parseCardFile,
  renderArticleCard,
  renderHeroCrop,
  renderPageCard,
  renderWriterCard,
  tagCardPath,
  writerCardPath,
  writerCardVersion,
} from '@/lib/social-card';

/** The line beside the wordmark at a card's foot: the motto, in the card's edition. */
async function signature(locale: Locale): Promise<string> {
  const layout = await getTranslations({ locale, namespace: 'Layout' });
  return (await getTranslations({ locale, namespace: 'Card' }))('signature', { motto: layout('motto') });
}

/** The words of the front page's card, or of a section's; undefined for a section that does not exist. */
async function pageCardWords(locale: Locale, page: string) {
  if (page === 'home') return { headline: (await getTranslations({ locale, namespace: 'Layout' }))('tagline'), signature: await signature(locale) };
  const section = await getSection(page);
  if (!section) return undefined;
  const listing = await getTranslations({ locale, namespace: 'Listing' });
  const name = section.name[locale];
  return { kicker: name, headline: listing('sectionDescription', { section: sectionInSentence(section, locale) }), signature: await signature(locale) };
}

/** Rendered cards kept in memory per process (a card is ~40 KB; the CDN holds the rest). */
const MEMORY_LIMIT = 64;
const rendered = new Map<string, Buffer>();
/** Cards being drawn now, by key. */
const inProgress = new Map<string, Promise<Buffer | undefined>>();

function remember(key: string, card: Buffer) {
  if (rendered.size >= MEMORY_LIMIT) rendered.delete(rendered.keys().next().value!);
  rendered.set(key, card);
}

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': MISSING_FILE_CACHE } });
}

/** An old card URL (the article was edited, or the design changed) moves to the current card. */
function moved(to: string) {
  return new Response(null, { status: 308, headers: { Location: to, 'Cache-Control': 'public, max-age=300' } });
}

/**
 * A card whose words could not be read (the database is down, and nothing was cached): 503 and come
 * back later, as a link preview's crawler understands it — not a 500, and not kept by a CDN.
 */
function unavailable(file: string, error: unknown) {
  console.error(`[cards] could not draw ${file}:`, error);
  return unavailableResponse(60);
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  try {
    return await answer(file);
  } catch (error) {
    return unavailable(file, error);
  }
}

async function answer(file: string): Promise<Response> {
  const card = parseCardFile(file);
  if (!card) return notFound();

  let key: string;
  let render: () => Promise<Buffer | undefined>;
  if (card.kind === 'article') {
    const article = await getArticle(card.id);
    if (!article) return notFound();
    const { crop } = card;
    const current = crop ? articleCropPath(article, crop) : articleCardPath(article);
    if (card.version !== articleCardVersion(article)) return moved(current);
    key = current;
    const words = await signature(article.locale);
    render = () => (crop ? renderHeroCrop(article, crop) : renderArticleCard(article, words));
  } else if (card.kind === 'writer') {
    const { locale, slug } = card;
    // The writer's page's rule: a writer with pieces in this edition.
    const writer = await getWriter(slug);
    if (!writer || (await pageState(locale, { kind: 'writer', writer: slug, page: 1 })) !== 'found') return notFound();
    key = writerCardPath(locale, writer);
    if (card.version !== writerCardVersion(writer, locale)) return moved(key);
    const words = await signature(locale);
    render = () => renderWriterCard(writer, locale, words);
  } else if (card.kind === 'tag') {
    const { locale, tag } = card;
    // The tag page's rule: a tag exists through its stories in this edition.
    if ((await pageState(locale, { kind: 'tag', tag, page: 1 })) !== 'found') return notFound();
    key = tagCardPath(locale, tag);
    if (!isCurrentPageCard(card)) return moved(key);
    const kicker = (await getTranslations({ locale, namespace: 'Card' }))('tagKicker');
    const words = { headline: tag, kicker, signature: await signature(locale) };
    render = () => renderPageCard(locale, words);
  } else {
    const words = await pageCardWords(card.locale, card.page);
    if (!words) return notFound();
    if (!isCurrentPageCard(card)) return moved(pageCardPath(card.locale, card.page));
    key = pageCardPath(card.locale, card.page);
    render = () => renderPageCard(card.locale, words);
  }

  let body = rendered.get(key);
  if (!body) {
    // A story shared at once is fetched by several platforms' crawlers at once: drawn once for all of them.
    let drawing = inProgress.get(key);
    if (!drawing) {
      drawing = render().finally(() => inProgress.delete(key));
      inProgress.set(key, drawing);
    }
    body = await drawing;
    if (!body) return notFound();
    remember(key, body);
  }
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': CARD_TYPE, 'Content-Length': String(body.length), 'Cache-Control': CARD_CACHE },
  });
}
