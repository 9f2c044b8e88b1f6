import type { ReactNode } from 'react';
import type { Article, ArticleTeaser } from '@/lib/content/types';
import { ShareBar } from '@/components/share/ShareBar';
import { ArticleBody } from './ArticleBody';
import { ArticleCorrection } from './ArticleCorrection';
import { ArticleHeader } from './ArticleHeader';
import { ArticleHero } from './ArticleHero';
import { ArticleTags } from './ArticleTags';
import { PrintedUrl } from './PrintedUrl';
import { RelatedArticles } from './RelatedArticles';

/**
 * The whole story as a reader sees it; data comes in as props, so it renders the same in tests.
 * On wide screens the text keeps its measure and `aside` (most read, the section's newest) takes
 * the column beside it; on phones it follows the story. Without one, the story is a centred column
 * as wide as its text's measure and a little more, not a page with an empty third beside it.
 */
export function ArticleView({ article, url, related, aside }: { article: Article; url: string; related: readonly ArticleTeaser[]; aside?: ReactNode }) {
  return (
    <div className={aside ? 'lg:grid lg:grid-cols-[minmax(0,1fr)_19rem] lg:gap-12 print:block' : 'mx-auto max-w-3xl'}>
      <div className="min-w-0">
        <article>
          <ArticleHeader article={article} />
          {article.image && <ArticleHero image={article.image} locale={article.locale} />}
          <ShareBar url={url} title={article.title} locale={article.locale} />
          <ArticleBody body={article.body} locale={article.locale} />
          {article.correction && <ArticleCorrection correction={article.correction} locale={article.locale} />}
          <ArticleTags tags={article.tags} locale={article.locale} />
          <PrintedUrl url={url} />
        </article>
        <RelatedArticles articles={related} />
      </div>
      {aside}
    </div>
  );
}
