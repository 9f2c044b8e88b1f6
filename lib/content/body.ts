import type { Locale } from '@/lib/locales';
/**
 * An article's body as the site renders it: a small tree of blocks and inline runs, produced by
 * each content source from what editors write (Markdown files, the CMS's rich text) and rendered
 * by components/article/ArticleBody as React elements. No HTML string ever reaches a page, so
 * nothing needs sanitizing after the fact: a source can only say "paragraph", "link to https://…".
 */

export type Mark = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code';

export type Inline =
  | { type: 'text'; text: string; marks?: Mark[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

/**
 * A path on this site: "/" and not "//". Nor "/\" or "/" and a tab or line break, which a browser
 * reads as "//" (another host: "/\evil.example/x" opens evil.example); so no backslash and no
 * control character anywhere. Spaces may stay (a tag's name has them; the browser escapes them).
 */
export function isSitePath(value: string): boolean {
  return /^\/(?![/\\])[^\u0000-\u001f\u007f\\]*$/.test(value);
}

/**
 * Where a link in a body may point: the web, e-mail, or a path on this site. Anything else
 * (`javascript:`, `data:`, protocol-relative `//host`) is dropped and its words kept as text.
 */
export function safeHref(href: string): string | undefined {
  const value = href.trim();
  if (isSitePath(value)) return value;
  try {
    const url = new URL(value);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function inlineText(children: readonly Inline[]): string {
  return children.map((child) => (child.type === 'text' ? child.text : child.type === 'link' ? inlineText(child.children) : ' ')).join('');
}

/** The words a reader reads, one line per block: for descriptions, word counts and search. */
export function bodyText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => (block.type === 'list' ? block.items.map(inlineText).join('\n') : inlineText(block.children)))
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Words a reader reads in a minute, per language, from one study that measured both on the same
 * texts (IReST: Trauzettel-Klosinski & Dietz, 2012): Arabic 138, English 228. An Arabic word carries
 * more — its article, prepositions and pronouns are joined to it — so the same story is fewer words
 * in Arabic and takes longer to read; one rate for both told Arabic readers a story took half the
 * time its English translation did.
 */
const WORDS_PER_MINUTE: Record<Locale, number> = { ar: 138, en: 228 };

export function readingStats(blocks: readonly Block[], locale: Locale): { wordCount: number; readingMinutes: number } {
  const wordCount = bodyText(blocks).split(/\s+/).filter(Boolean).length;
  return { wordCount, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE[locale])) };
}

/** Every string an editor typed into the body, for checks that look at all of them (bidi controls). */
export function bodyStrings(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const visit = (children: readonly Inline[]) => {
    for (const child of children) {
      if (child.type === 'text') out.push(child.text);
      else if (child.type === 'link') {
        out.push(child.href);
        visit(child.children);
      }
    }
  };
  for (const block of blocks) {
    if (block.type === 'list') block.items.forEach(visit);
    else visit(block.children);
  }
  return out;
}
