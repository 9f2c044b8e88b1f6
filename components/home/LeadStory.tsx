import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import { useTranslations } from 'next-intl';
import type { Article } from '@/lib/content/types';
import { articlePath } from '@/lib/routes';
import { formatDateTime } from '@/lib/format';

/** The front page's top story: the largest image (the page's LCP, loaded first) and headline. */
export function LeadStory({ article }: { article: Article }) {
  const t = useTranslations('Home');
  const sections = useTranslations('Sections');
  return (
    <section aria-labelledby="lead-story" className="grid gap-4 md:grid-cols-5 md:items-center">
      <h2 className="sr-only">{t('leadStory')}</h2>
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
      <div className="md:col-span-2">
        <p className="font-bold text-brand">{sections(article.section)}</p>
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
