import { getTranslations } from 'next-intl/server';
import { getArticle, getSection, getWriter } from '@/lib/content';
import { CARD_CACHE, MISSING_FILE_CACHE } from '@/lib/cache-control';
import { unavailableResponse } from '@/lib/unavailable';
import type { Locale } from '@/lib/site';
import type { Section } from '@/lib/content/types';
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
  sectionCardPath,
  sectionCardVersion,
  tagCardPath,
  writerCardPath,
  writerCardVersion,
} from '@/lib/social-card';

/** The line beside the wordmark at a card's foot: the motto, in the card's edition. */
async function signature(locale: Locale): Promise<string> {
  const layout = await getTranslations({ locale, namespace: 'Layout' });
  return (await getTranslations({ locale, namespace: 'Card' }))('signature', { motto: layout('motto') });
}

/** The words of the front page's card. */
async function homeCardWords(locale: Locale) {
  return { headline: (await getTranslations({ locale, namespace: 'Layout' }))('tagline'), signature: await signature(locale) };
}

/** The words of a section's card: what sectionCardVersion hashes, in the sentence of its page's description. */
async function sectionCardWords(locale: Locale, section: Section) {
  const listing = await getTranslations({ locale, namespace: 'Listing' });
  return { kicker: section.name[locale], headline: listing('sectionDescription', { section: sectionInSentence(section, locale) }), signature: await signature(locale) };
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

/** An old card URL (the article was edited, a section renamed, or the design changed) moves to the current card. */
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
  } else if (card.kind === 'section') {
    const { locale } = card;
    const section = await getSection(card.slug);
    if (!section) return notFound();
    key = sectionCardPath(locale, section);
    if (card.version !== sectionCardVersion(section, locale)) return moved(key);
    const words = await sectionCardWords(locale, section);
    render = () => renderPageCard(locale, words);
  } else {
    const { locale } = card;
    key = pageCardPath(locale, 'home');
    if (!isCurrentPageCard(card)) return moved(key);
    const words = await homeCardWords(locale);
    render = () => renderPageCard(locale, words);
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
