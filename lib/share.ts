import type { Locale } from '@/lib/site';
import { RLM, withoutBidiControls } from '@/lib/text';

export type ShareNetwork = 'whatsapp' | 'facebook' | 'x' | 'telegram';

export { RLM };

/**
 * The words a share carries. In a WhatsApp or Telegram message the paragraph takes its direction
 * from its first strong letter, so an Arabic headline that opens with "SpaceX" would be laid out
 * left-to-right and read scrambled; a leading RIGHT-TO-LEFT MARK fixes the paragraph as RTL.
 */
export function shareText(title: string, locale: Locale): string {
  const text = withoutBidiControls(title);
  return locale === 'ar' ? `${RLM}${text}` : text;
}

/**
 * A query value as a link may carry it: ASCII as encodeURIComponent leaves it (what the URL syntax
 * reserves, spaces and controls percent-encoded), letters, marks and digits of other scripts as they
 * are — valid URL code points, which the browser encodes itself when the link is followed. Written
 * as `%D8%AA%D8%AE…`, an Arabic headline costs six bytes a letter, three times in every article (and
 * again in the data hydration reads), and compresses far worse than the words the page already prints.
 */
export function queryValue(text: string): string {
  return Array.from(text, (ch) => (ch.codePointAt(0)! > 0x7f && /[\p{L}\p{M}\p{N}]/u.test(ch) ? ch : encodeURIComponent(ch))).join('');
}

/**
 * Plain links to each network's share endpoint: they work with JavaScript off. `url` is the
 * canonical article URL, unchanged — no tracking parameters.
 */
export function shareLinks(url: string, title: string, locale: Locale): Record<ShareNetwork, string> {
  const text = shareText(title, locale);
  const q = queryValue;
  return {
    whatsapp: `https://wa.me/?text=${q(`${text}\n${url}`)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`,
    x: `https://x.com/intent/post?text=${q(text)}&url=${q(url)}`,
    telegram: `https://t.me/share/url?url=${q(url)}&text=${q(text)}`,
  };
}
