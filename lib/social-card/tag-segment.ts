import { matchPage } from '@/lib/routes';

/**
 * A tag written into a card's file name: base64url of its UTF-8 bytes. A tag may hold Arabic
 * letters, spaces, dots or "%", which a file name in one path segment cannot carry as they are;
 * these letters pass every proxy, CDN and platform's crawler untouched.
 */
export function tagSegment(tag: string): string {
  return Buffer.from(tag.normalize('NFC'), 'utf8').toString('base64url');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The tag a segment names, or undefined. Strict: Node's base64 decoder skips what it cannot read
 * and the UTF-8 one drops a byte-order mark, so only the one spelling tagSegment writes is taken (no
 * second URL for a card); the bytes must be UTF-8, and the text a tag a tag page's segment could
 * name (lib/routes).
 */
export function tagFromSegment(segment: string): string | undefined {
  let tag: string;
  try {
    tag = utf8.decode(Buffer.from(segment, 'base64url'));
  } catch {
    return undefined;
  }
  if (tagSegment(tag) !== segment) return undefined;
  const route = matchPage(['tag', encodeURIComponent(tag)]);
  return route?.kind === 'tag' && route.tag === tag ? tag : undefined;
}
