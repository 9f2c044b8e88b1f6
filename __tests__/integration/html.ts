import { JSDOM } from 'jsdom';
import { get } from './server';

/** A page as a document to query, with its status: what a reader's browser builds before any script runs. */
export async function page(path: string): Promise<{ status: number; document: Document; html: string }> {
  const response = await get(path);
  const html = await response.text();
  return { status: response.status, document: new JSDOM(html).window.document, html };
}

/** The JSON-LD graphs of a page. */
export function jsonLd(document: Document): Record<string, unknown>[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => JSON.parse(s.textContent!)['@graph'] ?? []);
}

/** Story links (/news/N, /en/news/N) inside an element, in document order. */
export function storyLinks(root: ParentNode): string[] {
  return [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((href) => /^(?:\/en)?\/news\/\d+$/.test(href));
}
