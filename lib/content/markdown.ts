import type { BlockContent, DefinitionContent, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { safeHref, type Block, type Inline, type Mark } from './body';

/**
 * Markdown (what the newsroom's files and wire imports are written in) → the body blocks pages
 * render (lib/content/body). Only what a news story needs survives: paragraphs, subheadings,
 * quotes, lists, emphasis and safe links. Raw HTML, images and scripts are dropped — their words
 * too, when they are markup — because nothing in a body may do more than say text.
 */
const parser = unified().use(remarkParse);

function inlines(nodes: readonly PhrasingContent[], marks: Mark[] = []): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.value) out.push(marks.length ? { type: 'text', text: node.value, marks } : { type: 'text', text: node.value });
        break;
      case 'inlineCode':
        out.push({ type: 'text', text: node.value, marks: [...marks, 'code'] });
        break;
      case 'strong':
        out.push(...inlines(node.children, [...marks, 'bold']));
        break;
      case 'emphasis':
        out.push(...inlines(node.children, [...marks, 'italic']));
        break;
      case 'delete':
        out.push(...inlines(node.children, [...marks, 'strikethrough']));
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'link': {
        const href = safeHref(node.url);
        const children = inlines(node.children, marks);
        out.push(...(href ? [{ type: 'link', href, children } as const] : children));
        break;
      }
      default:
        // html, image, footnotes, references: not part of a story's text.
        break;
    }
  }
  return out;
}

/** A quote or list item may hold several paragraphs: their runs, joined by line breaks. */
function flatten(nodes: readonly (BlockContent | DefinitionContent)[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    let runs: Inline[] = [];
    if (node.type === 'paragraph' || node.type === 'heading') runs = inlines(node.children);
    else if (node.type === 'blockquote') runs = flatten(node.children);
    else if (node.type === 'list') runs = node.children.flatMap((item: ListItem) => flatten(item.children));
    if (!runs.length) continue;
    if (out.length) out.push({ type: 'break' });
    out.push(...runs);
  }
  return out;
}

function block(node: RootContent): Block | undefined {
  switch (node.type) {
    case 'paragraph': {
      const children = inlines(node.children);
      return children.length ? { type: 'paragraph', children } : undefined;
    }
    case 'heading': {
      const children = inlines(node.children);
      // The story's h1 is its headline: body headings start one level below the page's sections.
      const level = Math.min(4, Math.max(2, node.depth)) as 2 | 3 | 4;
      return children.length ? { type: 'heading', level, children } : undefined;
    }
    case 'blockquote': {
      const children = flatten(node.children);
      return children.length ? { type: 'quote', children } : undefined;
    }
    case 'list': {
      const items = node.children.map((item) => flatten(item.children)).filter((item) => item.length);
      return items.length ? { type: 'list', ordered: Boolean(node.ordered), items } : undefined;
    }
    default:
      return undefined;
  }
}

export function markdownToBlocks(markdown: string): Block[] {
  const tree = parser.parse(markdown) as Root;
  return tree.children.map(block).filter((b): b is Block => b !== undefined);
}
