import type { Page } from '@playwright/test';

/** What the focused element shows a keyboard user, measured in the page. */
export interface FocusRing {
  tag: string;
  text: string;
  href: string | null;
  id: string;
  x: number;
  width: number;
  height: number;
  inViewport: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
  /** The nearest opaque background behind the ring (the ring is drawn outside the element). */
  backdrop: string;
  /** Ancestors that scroll or clip and cut part of the ring off (e.g. an overflow-x nav). */
  clippedBy: string[];
  inArticle: boolean;
}

export function focusRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outlineWidth = parseFloat(style.outlineWidth) || 0;
    const reach = style.outlineStyle === 'none' ? 0 : outlineWidth + (parseFloat(style.outlineOffset) || 0);

    let backdrop = 'rgb(255, 255, 255)';
    for (let node = el.parentElement; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
        backdrop = bg;
        break;
      }
    }

    const clippedBy: string[] = [];
    for (let node = el.parentElement; node && node !== document.documentElement; node = node.parentElement) {
      const s = getComputedStyle(node);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const box = node.getBoundingClientRect();
      const left = box.left + node.clientLeft;
      const top = box.top + node.clientTop;
      const cut =
        rect.left - reach < left - 0.5 ||
        rect.top - reach < top - 0.5 ||
        rect.right + reach > left + node.clientWidth + 0.5 ||
        rect.bottom + reach > top + node.clientHeight + 0.5;
      if (cut) clippedBy.push(`${node.tagName.toLowerCase()}.${node.className}`);
    }

    return {
      tag: el.tagName.toLowerCase(),
      text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60),
      href: el.getAttribute('href'),
      id: el.id,
      x: rect.x,
      width: rect.width,
      height: rect.height,
      inViewport: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
      outlineStyle: style.outlineStyle,
      outlineWidth,
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
      backdrop,
      clippedBy,
      // The story's <article>: the one holding the page's headline (see STORY_ARTICLE in ./support).
      inArticle: Boolean(el.closest('main article:has(h1)')),
    };
  });
}

function channels(color: string): [number, number, number] {
  const match = color.match(/^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/);
  if (!match) throw new Error(`cannot read colour ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two rgb() colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
