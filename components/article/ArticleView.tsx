import type { Article, ArticleTeaser } from '@/lib/content/types';
import { ShareBar } from '@/components/share/ShareBar';
import { ArticleBody } from './ArticleBody';
import { ArticleCorrection } from './ArticleCorrection';
import { ArticleHeader } from './ArticleHeader';
import { ArticleHero } from './ArticleHero';
import { ArticleTags } from './ArticleTags';
import { PrintedUrl } from './PrintedUrl';
import { RelatedArticles } from './RelatedArticles';

/** The whole story as a reader sees it; data comes in as props, so it renders the same in tests. */
export function ArticleView({ article, url, related }: { article: Article; url: string; related: readonly ArticleTeaser[] }) {
  return (
    <>
      <article>
        <ArticleHeader article={article} />
        {article.image && <ArticleHero image={article.image} />}
        <ShareBar url={url} title={article.title} locale={article.locale} />
        <ArticleBody body={article.body} />
        {article.correction && <ArticleCorrection correction={article.correction} locale={article.locale} />}
        <ArticleTags tags={article.tags} locale={article.locale} />
        <PrintedUrl url={url} />
      </article>
      <RelatedArticles articles={related} />
    </>
  );
}
