/**
 * Renders the seed article's social card and its English translation's into docs/ as PNG, so a
 * reviewer can look at them without a running server:  npx tsx scripts/render-doc-cards.ts
 * Prints each card's JPEG size (what platforms download) and render time.
 */
import sharp from 'sharp';
import { getArticle } from '@/lib/content';
import { renderArticleCard } from '@/lib/social-card';

async function main() {
  for (const [id, name] of [
    [1001, 'card-seed-ar'],
    [1010, 'card-seed-en'],
  ] as const) {
    const article = await getArticle(id);
    if (!article) throw new Error(`article ${id} not found`);
    const started = performance.now();
    const jpeg = await renderArticleCard(article);
    const ms = performance.now() - started;
    await sharp(jpeg).png().toFile(`docs/${name}.png`);
    console.log(`${name}: JPEG ${jpeg.length} bytes, rendered in ${ms.toFixed(0)} ms → docs/${name}.png`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
