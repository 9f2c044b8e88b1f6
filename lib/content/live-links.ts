import { legacyArticleId, matchPage, splitEdition } from '@/lib/routes';
import { siteUrl } from '@/lib/site';
import type { Block, Inline } from './body';

/**
 * A story's links to other stories, as readers may follow them. A link to a story readers cannot
 * open — taken down (410), not published yet, deleted (404) — is printed as its words alone: a
 * reader who followed it met a page saying the story is gone, and a story scheduled for later
 * showed its embargoed address. Which stories are live is asked of the content per linked story
 * (lib/content: getArticle), cached under each one's tag, so a withdrawal or a publication
 * reaches every story linking to it at once.
 */

const hostOf = (url: string) => {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

/** A link's path on this site: a site path as it is, the site's own full address (with or without www.) as its path. */
function sitePath(href: string): string | undefined {
  if (href.startsWith('/')) return href.startsWith('//') ? undefined : href;
  if (!/^https?:\/\//i.test(href) || hostOf(href) !== hostOf(siteUrl())) return undefined;
  const url = new URL(href);
  return url.pathname;
}

/**
 * The story a body link leads to, read off its address by the route table: `/news/1002`,
 * `/en/news/1010#x`, or the site's full address pasted as a web link (`https://www.alwafd.news/news/1002`).
 * Imported stories link to the old site's forms (`/5178620`, `/essay/5178620`), which the proxy
 * still sends on to the story — so they lead to it as surely, and die with it as surely. The proxy
 * reads them off the whole path, never under an edition prefix (`/en/5178620` is a 404), and so does this.
 */
export function linkedStory(href: string): number | undefined {
  const path = sitePath(href)?.replace(/[?#].*$/, '');
  if (path === undefined) return undefined;
  const route = matchPage(splitEdition(path).segments);
  return route?.kind === 'article' ? route.id : legacyArticleId(path);
}

function visitLinks(blocks: readonly Block[], visit: (href: string) => void): void {
  const walk = (inlines: readonly Inline[]) => {
    for (const inline of inlines) {
      if (inline.type !== 'link') continue;
      visit(inline.href);
      walk(inline.children);
    }
  };
  for (const block of blocks) {
    if (block.type === 'list') block.items.forEach(walk);
    else walk(block.children);
  }
}

/** The stories a body links to, each once, in ascending order (a stable key for their cached check). */
export function linkedStories(blocks: readonly Block[]): number[] {
  const ids = new Set<number>();
  visitLinks(blocks, (href) => {
    const id = linkedStory(href);
    if (id !== undefined) ids.add(id);
  });
  return [...ids].sort((a, b) => a - b);
}

/** The body with every link to a story not in `live` replaced by its words; other links as they are. */
export function withoutLinksTo(blocks: readonly Block[], live: ReadonlySet<number>): Block[] {
  const keep = (inlines: readonly Inline[]): Inline[] =>
    inlines.flatMap((inline) => {
      if (inline.type !== 'link') return [inline];
      const id = linkedStory(inline.href);
      const children = keep(inline.children);
      return id !== undefined && !live.has(id) ? children : [{ ...inline, children }];
    });
  return blocks.map((block) => (block.type === 'list' ? { ...block, items: block.items.map(keep) } : { ...block, children: keep(block.children) }));
}
