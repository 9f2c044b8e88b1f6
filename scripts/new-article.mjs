#!/usr/bin/env node
/**
 * Scaffolds a new article file and asks nothing:
 *
 *   npm run new-article -- --title "عنوان الخبر" --section economy [--locale ar] [--tags "أ,ب"]
 *                          [--summary "…"] [--byline "…"] [--slug my-story]
 *
 * Writes content/articles/{id}-{slug}.md (or under CONTENT_DIR) with the next free id, Cairo's
 * current time and its offset, and front matter that passes the schema — checked with the site's
 * own parser before anything is written. The picture is the one thing the editor must still
 * supply: the script draws a plain placeholder in the paper's colours at
 * public/images/articles/{id}-{slug}.webp (1600×900) to be replaced, together with its alt text
 * and caption. Prints the file, the image and the article's URL.
 *
 * The site's TypeScript modules (routes, site config, content parser) are loaded through tsx, so
 * URLs, sections and validation have one source of truth.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(import.meta.dirname, '..');
const load = (file) => tsImport(path.join(root, file), import.meta.url);

function fail(message) {
  console.error(`new-article: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    section: { type: 'string' },
    locale: { type: 'string', default: 'ar' },
    tags: { type: 'string' },
    summary: { type: 'string' },
    byline: { type: 'string' },
    slug: { type: 'string' },
  },
  strict: true,
});

const [{ articlePath }, { absoluteUrl, isLocale, site }, { parseArticle }, { contentDir }, { newsroom }, scaffold] = await Promise.all([
  load('lib/routes.ts'),
  load('lib/site.ts'),
  load('lib/content/parse.ts'),
  load('lib/content/files.ts'),
  load('lib/content/newsroom.ts'),
  load('lib/publishing/scaffold.ts'),
]);
const sections = newsroom.sections;

const title = values.title?.trim();
if (!title) fail('--title is required');
const section = sections.find((s) => s.slug === values.section);
if (!section) fail(`--section must be one of: ${sections.map((s) => s.slug).join(', ')}`);
if (!isLocale(values.locale)) fail('--locale must be ar or en');
const { locale } = values;
const messages = JSON.parse(fs.readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8'));

// Relative to the project, as the repository resolves it (npm runs scripts from the project root).
process.chdir(root);
const dir = contentDir();
if (!fs.existsSync(dir)) fail(`content directory not found: ${dir}`);
const ids = fs
  .readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .map((name) => scaffold.idOf(name, fs.readFileSync(path.join(dir, name), 'utf8')))
  .filter((id) => id !== undefined);
const id = scaffold.nextArticleId(ids);

const slug = scaffold.articleSlug(values.slug ?? title, section.slug);
const imageSrc = `/images/articles/${id}-${slug}.webp`;
const imageFile = path.join(root, 'public', imageSrc);
const articleFile = path.join(dir, `${id}-${slug}.md`);
const relative = (file) => {
  const inside = path.relative(root, file);
  return inside.startsWith('..') ? file : inside;
};

const tags = (values.tags ?? section.name[locale]).split(',').map((t) => t.trim()).filter(Boolean);
const source = scaffold.renderArticleFile(
  {
    id,
    locale,
    title,
    summary: values.summary?.trim() || title,
    section: section.slug,
    tags,
    byline: values.byline?.trim() || site.name[locale],
    publishedAt: scaffold.cairoTimestamp(),
    image: { src: imageSrc, alt: messages.NewArticle.imageAlt, caption: messages.NewArticle.imageCaption, width: 1600, height: 900 },
  },
  messages.NewArticle.body,
);

// The same checks as the build: a file that would break it is never written.
try {
  parseArticle(relative(articleFile), source, sections);
} catch (error) {
  fail(error.message);
}

/** A plain 16:9 card in the paper's colours — no text, so nobody mistakes it for a real picture's caption. */
function placeholderSvg({ primary, ink, paper }) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <rect width="1600" height="900" fill="${paper}"/>
  <rect width="1600" height="36" fill="${primary}"/>
  <rect x="640" y="300" width="320" height="240" rx="24" fill="none" stroke="${ink}" stroke-opacity="0.35" stroke-width="14"/>
  <circle cx="720" cy="380" r="28" fill="${primary}"/>
  <path d="M660 520 L760 420 L830 490 L870 450 L940 520 Z" fill="${ink}" fill-opacity="0.35"/>
</svg>`;
}

fs.mkdirSync(path.dirname(articleFile), { recursive: true });
fs.writeFileSync(articleFile, source, { flag: 'wx' });
if (!fs.existsSync(imageFile)) {
  fs.mkdirSync(path.dirname(imageFile), { recursive: true });
  await sharp(Buffer.from(placeholderSvg(site.brand))).webp({ quality: 80 }).toFile(imageFile);
}

console.log(`Created ${relative(articleFile)} (id ${id})`);
console.log(`Placeholder image ${relative(imageFile)}: replace it with the story's picture (1600×900) and write its alt text and caption.`);
console.log(`URL: ${absoluteUrl(articlePath({ id, locale }))}`);
