import { useTranslations } from 'next-intl';
import type { Article } from '@/lib/content/types';
import { ArticleMeta } from './ArticleMeta';
import { Breadcrumb } from './Breadcrumb';

export function ArticleHeader({ article }: { article: Article }) {
  const t = useTranslations('Article');
  return (
    <header className="max-w-[68ch]">
      <Breadcrumb locale={article.locale} section={article.section} />
      <h1 className="text-3xl font-bold leading-snug text-ink sm:text-[2.4rem]">{article.title}</h1>
      <p className="mt-3 text-xl leading-relaxed text-muted">{article.summary}</p>
      <div className="mt-4">
        <ArticleMeta article={article} />
      </div>
      {article.sample && <p className="mt-2 text-sm text-muted italic">{t('sample')}</p>}
    </header>
  );
}
