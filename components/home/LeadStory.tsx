import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import { useTranslations } from 'next-intl';
import { EditionText } from '@/components/ui/EditionText';
import { Kicker } from '@/components/listing/Kicker';
import type { ArticleTeaser } from '@/lib/content/types';
import { articlePath } from '@/lib/routes';
import { formatDateTime } from '@/lib/format';
import { excerpt } from '@/lib/excerpt';

/** The lead's summary: most of the field's 400 characters, cut at a word when longer. */
const LEAD_SUMMARY = 260;

/** The front page's top story: the largest image (the page's LCP, loaded first) and headline. */
export function LeadStory({ article }: { article: ArticleTeaser }) {
  const t = useTranslations('Home');
  return (
    <section aria-labelledby="lead-story">
      <h2 className="sr-only">{t('leadStory')}</h2>
      {article.image && (
        <a href={articlePath(article)} tabIndex={-1} aria-hidden="true" className="block">
          <ResponsiveImage
            lcp
            src={article.image.src}
            alt=""
            width={article.image.width}
            height={article.image.height}
            sizes="(min-width: 1152px) 730px, (min-width: 1024px) 64vw, calc(100vw - 2rem)"
            className="h-auto w-full rounded bg-wash"
          />
        </a>
      )}
      <div className="mt-3">
        <Kicker article={article} showSection />
        <h3 id="lead-story" className="text-3xl font-bold leading-snug sm:text-[2.1rem]">
          <a href={articlePath(article)} className="hover:text-brand hover:underline">
            <EditionText text={article.title} locale={article.locale} />
          </a>
        </h3>
        <p className="mt-3 text-lg text-muted"><EditionText text={excerpt(article.summary, LEAD_SUMMARY)} locale={article.locale} /></p>
        <p className="mt-2 text-sm text-muted">
          <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt, article.locale)}</time>
        </p>
      </div>
    </section>
  );
}
