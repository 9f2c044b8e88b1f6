import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import { useTranslations } from 'next-intl';
import type { ArticleTeaser } from '@/lib/content/types';
import { articlePath } from '@/lib/routes';
import { formatDateTime } from '@/lib/format';

/** The front page's top story: the largest image (the page's LCP, loaded first) and headline. */
export function LeadStory({ article }: { article: ArticleTeaser }) {
  const t = useTranslations('Home');
  return (
    <section aria-labelledby="lead-story" className="grid gap-4 md:grid-cols-5 md:items-center">
      <h2 className="sr-only">{t('leadStory')}</h2>
      {article.image && (
        <a href={articlePath(article)} tabIndex={-1} aria-hidden="true" className="md:col-span-3">
          <ResponsiveImage
            lcp
            src={article.image.src}
            alt=""
            width={article.image.width}
            height={article.image.height}
            sizes="(min-width: 1152px) 650px, (min-width: 768px) 60vw, calc(100vw - 2rem)"
            className="h-auto w-full rounded bg-wash"
          />
        </a>
      )}
      <div className={article.image ? 'md:col-span-2' : 'md:col-span-5'}>
        <p className="font-bold text-brand">{article.section.name}</p>
        <h3 id="lead-story" className="text-3xl font-bold leading-snug">
          <a href={articlePath(article)} className="hover:text-brand hover:underline">
            {article.title}
          </a>
        </h3>
        <p className="mt-3 text-lg text-muted">{article.summary}</p>
        <p className="mt-2 text-sm text-muted">
          <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt, article.locale)}</time>
        </p>
      </div>
    </section>
  );
}
