import type { Metadata } from 'next';
import { resolvePageLocale } from '@/i18n/page-locale';

/**
 * The control page for byte budgets and benchmarks: the same layout, fonts and CSS as every page,
 * with nothing in it. What an article ships above this is what our code costs. Not linked from
 * anywhere, not indexed.
 */
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function BlankPage({ params }: { params: Promise<{ locale: string }> }) {
  resolvePageLocale((await params).locale);
  return <main />;
}
