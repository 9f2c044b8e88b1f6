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
 * Plain links to each network's share endpoint: they work with JavaScript off. `url` is the
 * canonical article URL, unchanged — no tracking parameters.
 */
export function shareLinks(url: string, title: string, locale: Locale): Record<ShareNetwork, string> {
  const text = shareText(title, locale);
  const q = encodeURIComponent;
  return {
    whatsapp: `https://wa.me/?text=${q(`${text}\n${url}`)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`,
    x: `https://x.com/intent/post?text=${q(text)}&url=${q(url)}`,
    telegram: `https://t.me/share/url?url=${q(url)}&text=${q(text)}`,
  };
}
