import { defaultLocale, isLocale, type Locale } from '@/lib/locales';
import { articlePath } from '@/lib/routes';
import { safeHref, type Block, type Inline, type Mark } from './body';

/**
 * The CMS stores a story's text as Lexical JSON (Payload's rich text). These two functions are the
 * only place that knows its shape: `lexicalToBlocks` reads it into the body blocks pages render
 * (dropping anything the site does not render, and any unsafe link), and `blocksToLexical` writes
 * blocks — the Markdown import's — as Lexical JSON the editor opens.
 */

/** Lexical's text format bit flags. */
const FORMAT: Record<Mark, number> = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 };
const MARKS = Object.keys(FORMAT) as Mark[];

interface LexicalNode {
  type: string;
  children?: LexicalNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  fields?: { url?: string; linkType?: string; doc?: { relationTo?: string; value?: number | string | { id?: number | string; edition?: unknown } } };
  [key: string]: unknown;
}

export interface LexicalState {
  root: LexicalNode;
}

/** Deeper than any story's text (a list in a list in a quote); 2,000 levels overflowed the stack (500). */
export const MAX_STORY_DEPTH = 100;

/**
 * Whether a value has the shape every reader of a story's text relies on: a root whose nodes are
 * objects with a type, each `children` a list of such nodes, no deeper than MAX_STORY_DEPTH.
 * `children: "x"`, `[null]` or a bare string reached the CMS's checks and failed them with a 500.
 * Walked without recursion: its depth is what is being judged.
 */
export function isLexicalShape(value: unknown): boolean {
  const root = (value as { root?: unknown } | null | undefined)?.root;
  const stack: Array<[node: unknown, depth: number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null || Array.isArray(node) || typeof (node as LexicalNode).type !== 'string' || depth > MAX_STORY_DEPTH) return false;
    const children = (node as LexicalNode).children;
    if (children === undefined) continue;
    if (!Array.isArray(children)) return false;
    for (const child of children) stack.push([child, depth + 1]);
  }
  return true;
}

function marksOf(format: unknown): Mark[] | undefined {
  if (typeof format !== 'number' || !format) return undefined;
  const marks = MARKS.filter((mark) => format & FORMAT[mark]);
  return marks.length ? marks : undefined;
}

/** Lexical's two link nodes: one the editor made, and one it made of an address typed or pasted. */
const isLink = (node: LexicalNode) => node.type === 'link' || node.type === 'autolink';

/** A link to another story, as the editor stores it (its address is found for the page; see linkHref). */
const isStoryLink = (node: LexicalNode) => node.fields?.linkType === 'internal';

/** A web link's address as the page prints it (lib/content/body's safeHref), or undefined: the page prints its words alone. */
const webHref = (node: LexicalNode) => (typeof node.fields?.url === 'string' ? safeHref(node.fields.url) : undefined);

/** Where a story's links to other stories lead: the story's own edition, and the linked stories' editions as known. */
interface LinkContext {
  edition: Locale;
  editions?: ReadonlyMap<number, Locale>;
}

/** The story a link node points at, if it is an internal link to one. */
function linkedId(node: LexicalNode): number | undefined {
  const fields = node.fields ?? {};
  if (fields.linkType !== 'internal' || fields.doc?.relationTo !== 'articles') return undefined;
  const value = fields.doc.value;
  const id = Number(typeof value === 'object' ? value?.id : value);
  return Number.isSafeInteger(id) && id >= 1 ? id : undefined;
}

/**
 * A link node's address: a custom URL (checked), or another story on this site at its URL in its own
 * edition — as the source looked it up, or as a populated link carries it; failing both, the linking
 * story's edition (where a story's links nearly always lead; another edition's answers with a redirect).
 */
function linkHref(node: LexicalNode, context: LinkContext): string | undefined {
  const fields = node.fields ?? {};
  if (fields.linkType === 'internal' && fields.doc?.relationTo === 'articles') {
    const id = linkedId(node);
    if (id === undefined) return undefined;
    const value = fields.doc.value;
    const carried = typeof value === 'object' && isLocale(value?.edition) ? value.edition : undefined;
    return articlePath({ id, locale: context.editions?.get(id) ?? carried ?? context.edition });
  }
  return webHref(node);
}

function inlines(nodes: readonly LexicalNode[] = [], links: LinkContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && typeof node.text === 'string' && node.text) {
      const marks = marksOf(node.format);
      out.push(marks ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
    } else if (node.type === 'linebreak') {
      out.push({ type: 'break' });
    } else if (node.type === 'tab') {
      // A tab typed in a line: the space it makes between words on a page.
      out.push({ type: 'text', text: ' ' });
    } else if (isLink(node)) {
      const href = linkHref(node, links);
      const children = inlines(node.children, links);
      out.push(...(href ? [{ type: 'link', href, children } as const] : children));
    } else if (node.children) {
      out.push(...inlines(node.children, links));
    }
  }
  return out;
}

/** A list item may nest a list: its items become lines of the same item. */
function listItem(node: LexicalNode, links: LinkContext): Inline[] {
  const out: Inline[] = [];
  for (const child of node.children ?? []) {
    const runs = child.type === 'list' ? (child.children ?? []).flatMap((nested) => [{ type: 'break' } as const, ...listItem(nested, links)]) : inlines([child], links);
    out.push(...runs);
  }
  return out;
}

function block(node: LexicalNode, links: LinkContext): Block | undefined {
  switch (node.type) {
    case 'paragraph': {
      const children = inlines(node.children, links);
      return children.length ? { type: 'paragraph', children } : undefined;
    }
    case 'heading': {
      const children = inlines(node.children, links);
      const depth = Number(String(node.tag ?? 'h2').slice(1));
      const level = Math.min(4, Math.max(2, depth || 2)) as 2 | 3 | 4;
      return children.length ? { type: 'heading', level, children } : undefined;
    }
    case 'quote': {
      const children = inlines(node.children, links);
      return children.length ? { type: 'quote', children } : undefined;
    }
    case 'list': {
      const items = (node.children ?? []).map((item) => listItem(item, links)).filter((item) => item.length);
      return items.length ? { type: 'list', ordered: node.listType === 'number', items } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * `edition`: the story's own; `editions`: the editions of the stories it links to
 * (`linkedStoryIds`), so each link leads straight to its story's URL.
 */
export function lexicalToBlocks(state: unknown, edition: Locale = defaultLocale, editions?: ReadonlyMap<number, Locale>): Block[] {
  const root = (state as LexicalState | null | undefined)?.root;
  if (!root || !Array.isArray(root.children)) return [];
  const context: LinkContext = { edition, editions };
  return root.children.map((node) => block(node, context)).filter((b): b is Block => b !== undefined);
}

/** The stories a body links to, each once: whose editions the source looks up before rendering it. */
export function linkedStoryIds(state: unknown): number[] {
  const found = new Set<number>();
  const visit = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as LexicalNode[]) {
      if (node.type === 'link') {
        const id = linkedId(node);
        if (id !== undefined) found.add(id);
      }
      visit(node.children);
    }
  };
  visit((state as LexicalState | null | undefined)?.root?.children);
  return [...found];
}

// Writing: the node shapes Payload's editor saves, with the version fields Lexical expects.

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
});

function lexicalInlines(runs: readonly Inline[]): LexicalNode[] {
  return runs.map((run) => {
    if (run.type === 'break') return { type: 'linebreak', version: 1 };
    if (run.type === 'link') {
      return element('link', lexicalInlines(run.children), { version: 3, fields: { url: run.href, newTab: false, linkType: 'custom' } });
    }
    const format = (run.marks ?? []).reduce((bits, mark) => bits | FORMAT[mark], 0);
    return { type: 'text', text: run.text, format, detail: 0, mode: 'normal', style: '', version: 1 };
  });
}

function lexicalBlock(b: Block): LexicalNode {
  switch (b.type) {
    case 'paragraph':
      return element('paragraph', lexicalInlines(b.children), { textFormat: 0, textStyle: '' });
    case 'heading':
      return element('heading', lexicalInlines(b.children), { tag: `h${b.level}` });
    case 'quote':
      return element('quote', lexicalInlines(b.children));
    case 'list':
      return element(
        'list',
        b.items.map((item, i) => element('listitem', lexicalInlines(item), { value: i + 1 })),
        { listType: b.ordered ? 'number' : 'bullet', start: 1, tag: b.ordered ? 'ol' : 'ul' },
      );
  }
}

export function blocksToLexical(blocks: readonly Block[]): LexicalState {
  return { root: element('root', blocks.map(lexicalBlock)) };
}

/**
 * The first web link in a story's text that the page would print as plain words (its address is not
 * one readers can follow: no https://, javascript:, …), as it was typed; undefined when there is none.
 * The newsroom's check before a save (cms/validation's storyText), by the rules the page renders with.
 */
export function unfollowableLink(nodes: readonly LexicalNode[] = []): string | undefined {
  for (const node of nodes) {
    if (isLink(node) && !isStoryLink(node) && webHref(node) === undefined) return String(node.fields?.url ?? '');
    const inner = unfollowableLink(node.children);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** The parts of a story's text the page prints (block, above): a story is made of these. */
const SHOWN_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list']);
/** And what they hold: lines of text, links, list items (a list in one). */
const SHOWN_INSIDE = new Set([...SHOWN_BLOCKS, 'listitem', 'text', 'linebreak', 'tab', 'link', 'autolink']);

/**
 * The first kind of node in a story's text that the page would not print — a picture, raw HTML, a
 * table or a block from some other editor, sent through the API: it was saved and readers saw
 * nothing where it stood — or undefined when every part is shown. The newsroom's check before a
 * save (cms/validation's storyText), by the rules the page renders with.
 */
export function unshownNode(state: unknown): string | undefined {
  const root = (state as LexicalState | null | undefined)?.root;
  const blocks = Array.isArray(root?.children) ? root.children : [];
  const notABlock = blocks.find((node) => !SHOWN_BLOCKS.has(String(node?.type)));
  if (notABlock) return String(notABlock?.type);
  const stack: unknown[] = [...blocks];
  while (stack.length) {
    const node = stack.pop() as LexicalNode;
    if (!SHOWN_INSIDE.has(String(node?.type))) return String(node?.type);
    if (Array.isArray(node.children)) stack.push(...node.children);
  }
  return undefined;
}
