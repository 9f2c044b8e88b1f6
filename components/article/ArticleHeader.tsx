import { useTranslations } from 'next-intl';
import type { Article } from '@/lib/content/types';
import { otherLocale } from '@/lib/site';
import { EditionText } from '@/components/ui/EditionText';
import { WriterByline } from '@/components/writer/WriterByline';
import { ArticleMeta } from './ArticleMeta';
import { Breadcrumb } from './Breadcrumb';
import { ColumnKicker } from './ColumnKicker';
import { TranslationNote } from './TranslationNote';

export function ArticleHeader({ article }: { article: Article }) {
  const t = useTranslations('Article');
  const { writer } = article;
  return (
    <header className="max-w-[68ch]">
      <Breadcrumb locale={article.locale} section={article.section} />
      {writer && <ColumnKicker writer={writer} />}
      <h1 className="text-3xl font-bold leading-snug text-ink sm:text-[2.4rem]">
        <EditionText text={article.title} locale={article.locale} />
      </h1>
      <p className="mt-3 text-xl leading-relaxed text-muted">
        <EditionText text={article.summary} locale={article.locale} />
      </p>
      {writer && (
        <div className="mt-4">
          <WriterByline writer={writer} locale={article.locale} />
        </div>
      )}
      <div className="mt-4">
        <ArticleMeta article={article} showByline={!writer} />
      </div>
      {article.sample && <p className="mt-2 text-sm text-muted">{t('sample')}</p>}
      {article.translationOf !== undefined && (
        <TranslationNote from={otherLocale(article.locale)} originalId={article.translationId === article.translationOf ? article.translationOf : undefined} />
      )}
    </header>
  );
}
