import type { ReactNode } from 'react';
import type { ArticleTeaser, Page } from '@/lib/content/types';
import { ArticleCard } from './ArticleCard';
import { Pagination } from './Pagination';

/** A section or tag page: heading, stories newest first, pagination. */
export function ArticleListing({
  title,
  empty,
  page,
  href,
  showSection = false,
}: {
  title: ReactNode;
  empty: string;
  page: Page<ArticleTeaser>;
  href: (page: number) => string;
  showSection?: boolean;
}) {
  return (
    <div className="max-w-3xl">
      <h1 className="page-title border-b-2 border-brand pb-2">{title}</h1>
      {page.items.length === 0 ? (
        <p className="py-8 text-lg text-muted">{empty}</p>
      ) : (
        page.items.map((article) => <ArticleCard key={article.id} article={article} level={2} showSection={showSection} />)
      )}
      <Pagination page={page.page} hasNext={page.hasNext} href={href} />
    </div>
  );
}
