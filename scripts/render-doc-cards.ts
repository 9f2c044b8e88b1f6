/**
 * Renders the seed article's social card and its English translation's into docs/ as PNG, so a
 * reviewer can look at them without a running server:  npx tsx scripts/render-doc-cards.ts
 * Prints each card's JPEG size (what platforms download) and render time.
 */
import sharp from 'sharp';
import { createTranslator } from 'next-intl';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { getArticle } from '@/lib/content';
import { renderArticleCard } from '@/lib/social-card';

/** The card's foot line, as the card route words it. */
function signature(locale: 'ar' | 'en'): string {
  const messages = { ar, en }[locale];
  const t = createTranslator({ locale, messages });
  return t('Card.signature', { motto: t('Layout.motto') });
}

async function main() {
  for (const [id, name] of [
    [1001, 'card-seed-ar'],
    [1010, 'card-seed-en'],
  ] as const) {
    const article = await getArticle(id);
    if (!article) throw new Error(`article ${id} not found`);
    const started = performance.now();
    const jpeg = await renderArticleCard(article, signature(article.locale));
    const ms = performance.now() - started;
    await sharp(jpeg).png().toFile(`docs/${name}.png`);
    console.log(`${name}: JPEG ${jpeg.length} bytes, rendered in ${ms.toFixed(0)} ms → docs/${name}.png`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
