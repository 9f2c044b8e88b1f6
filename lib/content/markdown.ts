import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

/**
 * Article bodies are untrusted: raw HTML in Markdown is dropped (remark-rehype without
 * allowDangerousHtml), and the resulting tree goes through rehype-sanitize with GitHub's schema
 * minus anything that can carry script or style — so `<script>`, `on*=`, `javascript:` and
 * `data:` URLs, `<iframe>` and inline CSS never reach a reader.
 */
const schema = {
  ...defaultSchema,
  // Ids from Markdown would clash with the page's own landmarks; the body needs none.
  clobberPrefix: 'body-',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['input', 'img', 'picture', 'source'].includes(tag)),
};

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * An article's body as sanitized HTML. Rendering is the costly part of indexing (a few ms an
 * article), so it happens when a page first needs it, not for all 10,000 archive articles at
 * start-up; the most recent renders are kept, keyed by content version.
 */
const RENDERED_LIMIT = 500;
const rendered = new Map<string, string>();

export function articleHtml(article: { id: number; version: string; body: string }): string {
  const key = `${article.id}:${article.version}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderMarkdown(article.body);
    if (rendered.size >= RENDERED_LIMIT) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, html);
  }
  return html;
}

/** Text a reader reads, for word counts and plain-text feeds: Markdown syntax stripped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[#>\-*+\s]+/gm, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
