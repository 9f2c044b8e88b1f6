#!/usr/bin/env node
/**
 * Builds a synthetic archive for scale tests: N article files in their own content directory
 * (never content/ itself), plus copies of the real articles so the seed stays reachable.
 *
 *   node scripts/generate-archive.mjs 10000 .archive/10000
 *   CONTENT_DIR=.archive/10000 npm run build
 *
 * Articles are deterministic (a seeded generator), spread over the past three years, across every
 * section, with overlapping tags, reusing the sample hero images. Their text says plainly that it
 * is generated filler; nothing in it is news.
 */
import fs from 'node:fs';
import path from 'node:path';

const count = Number(process.argv[2] ?? 10000);
const target = path.resolve(process.argv[3] ?? `.archive/${count}`);
const root = path.resolve(import.meta.dirname, '..');
const contentRoot = path.join(root, 'content');
if (!Number.isInteger(count) || count < 1) throw new Error('usage: generate-archive.mjs <count> [dir]');
if (target === contentRoot || target.startsWith(contentRoot + path.sep)) throw new Error('the archive must not be written into content/');

const site = JSON.parse(fs.readFileSync(path.join(root, 'content/site.json'), 'utf8'));
const images = fs.readdirSync(path.join(root, 'public/images/articles')).filter((f) => f.endsWith('.webp'));
const TAGS = ['الاقتصاد المصري', 'الطاقة', 'الذكاء الاصطناعي', 'كرة القدم', 'القاهرة', 'الطقس', 'الاستثمار', 'التعليم', 'الصحة', 'النقل', 'الزراعة', 'السياحة', 'الثقافة', 'البورصة', 'الفضاء', 'مراكز البيانات'];
const WORDS = ['تقرير', 'أرشيفي', 'مولد', 'آليًا', 'لاختبار', 'أداء', 'الموقع', 'عند', 'حجم', 'كبير', 'من', 'المواد', 'وهو', 'نص', 'تجريبي', 'لا', 'يحمل', 'أي', 'معلومات', 'حقيقية', 'ويستخدم', 'لقياس', 'سرعة', 'البناء', 'والعرض', 'فقط'];

// Mulberry32: the same archive on every machine.
let seed = 20261125;
function random() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

function cairoIso(ms) {
  // Cairo is UTC+2 in winter and UTC+3 in summer (since 2023): close enough for synthetic data to use +02:00.
  return new Date(ms + 2 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+02:00');
}

fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(target, { recursive: true });
for (const file of fs.readdirSync(path.join(contentRoot, 'articles'))) {
  if (file.endsWith('.md')) fs.copyFileSync(path.join(contentRoot, 'articles', file), path.join(target, file));
}

const now = Date.parse('2026-11-23T12:00:00Z');
const span = 3 * 365 * 24 * 3600_000;
const started = Date.now();
for (let i = 0; i < count; i++) {
  const id = 100000 + i;
  const published = now - Math.floor((i / count) * span) - Math.floor(random() * 3600_000);
  const tags = [...new Set([pick(TAGS), pick(TAGS), pick(TAGS)])];
  const image = pick(images);
  const body = Array.from({ length: 3 + Math.floor(random() * 4) }, () => `${sentence(25 + Math.floor(random() * 30))}.`).join('\n\n');
  const file = `---
id: ${id}
locale: ar
title: "مادة أرشيفية مولدة رقم ${id}: ${sentence(6)}"
summary: "${sentence(18)}."
section: ${pick(site.sections)}
tags: ${JSON.stringify(tags)}
byline: "أرشيف الوفد"
publishedAt: "${cairoIso(published)}"
updatedAt: "${cairoIso(published)}"
image:
  src: /images/articles/${image}
  alt: "صورة توضيحية من مكتبة الصور التجريبية"
  caption: "صورة توضيحية"
  width: 1600
  height: 900
sample: true
---

${body}
`;
  // Shard into folders of 1,000 as a real archive would be (the repository reads folders recursively).
  const folder = path.join(target, 'archive', String(Math.floor(i / 1000)).padStart(3, '0'));
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, `${id}.md`), file);
}
console.log(`wrote ${count} synthetic articles (+ the real ones) to ${path.relative(root, target)} in ${Date.now() - started} ms`);
