import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import type { ArticleTeaser } from '@/lib/content/types';
import { articlePath } from '@/lib/routes';
import { formatDate } from '@/lib/format';

interface ArticleCardProps {
  article: ArticleTeaser;
  /** Heading level that fits the list it sits in. */
  level?: 2 | 3;
  showImage?: boolean;
  showSection?: boolean;
}

/** A story in a list: image, section, headline (the link), summary, date. */
export function ArticleCard({ article, level = 3, showImage = true, showSection = false }: ArticleCardProps) {
  const Heading = `h${level}` as const;
  return (
    <article className="flex gap-4 border-b border-rule py-4 last:border-b-0">
      {showImage && article.image && (
        <ResponsiveImage
          src={article.image.src}
          alt=""
          width={article.image.width}
          height={article.image.height}
          sizes="160px"
          className="aspect-video h-auto w-32 shrink-0 self-start rounded bg-wash object-cover sm:w-40"
        />
      )}
      <div className="min-w-0">
        {showSection && <p className="text-sm font-bold text-brand">{article.section.name}</p>}
        <Heading className="text-lg font-bold leading-snug">
          <a href={articlePath(article)} className="hover:text-brand hover:underline">
            {article.title}
          </a>
        </Heading>
        <p className="mt-1 line-clamp-2 text-[0.95rem] text-muted">{article.summary}</p>
        <p className="mt-1 text-sm text-muted">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, article.locale)}</time>
        </p>
      </div>
    </article>
  );
}
