import { useTranslations } from 'next-intl';
import { DISMISSED_KEY } from '@/lib/breaking';
import type { BreakingItem } from '@/lib/content/types';
import { breakingPath } from '@/lib/routes';
import type { Locale } from '@/lib/site';
import { BreakingNews } from './BreakingNews';

/**
 * Hides the lines this reader dismissed before the page is first painted, so they never flash and
 * push the page down until the island has run. Inline (the server hashes it into the page's
 * script policy); it only ever hides.
 */
const HIDE_DISMISSED = `(()=>{try{const d=JSON.parse(localStorage.getItem(${JSON.stringify(DISMISSED_KEY)})||'[]'),s=document.getElementById('breaking-news');for(const l of s.querySelectorAll('[data-breaking-id]'))if(d.includes(+l.dataset.breakingId))l.hidden=true;if(!s.querySelector('[data-breaking-id]:not([hidden])'))s.querySelector('section')?.setAttribute('hidden','')}catch{}})()`;

/** The breaking-news strip of every page: the edition's live lines, kept current by the island. */
export function BreakingStrip({ locale, items }: { locale: Locale; items: BreakingItem[] }) {
  const t = useTranslations('Breaking');
  return (
    <>
      <BreakingNews initial={items} endpoint={breakingPath(locale)} labels={{ title: t('title'), dismiss: t.raw('dismiss') as string }} />
      {items.length > 0 && <script dangerouslySetInnerHTML={{ __html: HIDE_DISMISSED }} />}
    </>
  );
}
