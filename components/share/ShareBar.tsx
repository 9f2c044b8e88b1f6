import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/site';
import { shareLinks, shareText, type ShareNetwork } from '@/lib/share';
import { ShareActions } from './ShareActions';
import { Glyph } from './Glyph';
import { NETWORK_GLYPHS } from './network-glyphs';

const NETWORKS: ShareNetwork[] = ['whatsapp', 'facebook', 'x', 'telegram'];

export function ShareBar({ url, title, locale }: { url: string; title: string; locale: Locale }) {
  const t = useTranslations('ShareBar');
  const links = shareLinks(url, title, locale);
  return (
    <nav aria-label={t('label')} className="my-6 print:hidden">
      {/* One row of 44 px buttons wherever they fit — the links and copy from a 284 px screen, with the
          phone's own share button from 336 px — so the buttons that appear after hydration do not push
          the article down; a narrower screen (a phone at 200% zoom) wraps them rather than scroll sideways. */}
      <ul className="flex min-h-11 flex-wrap items-center gap-2">
        {NETWORKS.map((network) => (
          <li key={network}>
            <a
              href={links[network]}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t(network)}
              title={t(network)}
              className="flex size-11 items-center justify-center rounded-full border border-rule text-ink hover:border-brand hover:text-brand"
            >
              <Glyph d={NETWORK_GLYPHS[network]} />
            </a>
          </li>
        ))}
        <ShareActions
          url={url}
          title={title}
          text={shareText(title, locale)}
          labels={{ copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed'), share: t('share') }}
        />
      </ul>
    </nav>
  );
}
