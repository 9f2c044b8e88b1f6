import type { Metadata } from 'next';
import { resolvePageLocale } from '@/i18n/page-locale';
import { site } from '@/lib/site';

/**
 * The control page for byte budgets, Lighthouse and benchmarks: the same layout, fonts and CSS as
 * every page, and nothing but the paper's name (one line, so Lighthouse has a paint to measure).
 * What an article costs above this is what our code costs. Not linked, not indexed.
 */
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function BlankPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = resolvePageLocale((await params).locale);
  return (
    <main>
      <p>{site.name[locale]}</p>
    </main>
  );
}
