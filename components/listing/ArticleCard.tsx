import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import type { ArticleTeaser } from '@/lib/content/types';
import { articlePath } from '@/lib/routes';
import { formatDate } from '@/lib/format';
import { excerpt } from '@/lib/excerpt';
import { objectPosition } from '@/lib/media/focus';
import { EditionText } from '@/components/ui/EditionText';
import { Kicker } from './Kicker';

/** About two lines of a card's column: cut at a word (lib/excerpt), never by the browser mid-word. */
export const CARD_SUMMARY = 140;

interface ArticleCardProps {
  article: ArticleTeaser;
  /** Heading level that fits the list it sits in. */
  level?: 2 | 3;
  showImage?: boolean;
  showSection?: boolean;
  /** `row`: picture beside the text (lists). `stacked`: picture above it from small tablets up (front-page grids). */
  variant?: 'row' | 'stacked';
  /** Characters of summary; 0 for none. */
  summary?: number;
  /** Whether phones show the summary: a front page's teasers are headlines there, a listing's are not. */
  phoneSummary?: boolean;
  /** Width the picture is drawn at on wide screens, for the browser's choice of file. */
  imageSizes?: string;
}

/** The thumbnail's box (Tailwind's aspect-video): pictures of other shapes are cut to it. */
const THUMBNAIL_ASPECT = 16 / 9;

/** The text wraps under the picture only where less than 6rem would be left beside it (a phone at 200% zoom). */
const LAYOUT = {
  row: { card: 'flex flex-wrap gap-4 border-b', image: 'w-32 sm:w-40', text: 'basis-24 grow', sizes: '160px' },
  // Side by side in a grid from small tablets up, where a rule under each card would not line up.
  stacked: { card: 'flex flex-wrap gap-4 border-b sm:flex-col sm:gap-2 sm:border-b-0', image: 'w-32 sm:w-full', text: 'basis-24 grow sm:basis-auto', sizes: '(min-width: 640px) 360px, 128px' },
};

/** A story in a list: image, kicker (opinion or section), headline (the link), summary, date. */
export function ArticleCard({
  article,
  level = 3,
  showImage = true,
  showSection = false,
  variant = 'row',
  summary = CARD_SUMMARY,
  phoneSummary = true,
  imageSizes,
}: ArticleCardProps) {
  const Heading = `h${level}` as const;
  const layout = LAYOUT[variant];
  return (
    <article className={`${layout.card} border-rule py-4 last:border-b-0`}>
      {showImage && article.image && (
        <ResponsiveImage
          src={article.image.src}
          alt=""
          width={article.image.width}
          height={article.image.height}
          sizes={imageSizes ?? layout.sizes}
          className={`${layout.image} aspect-video h-auto shrink-0 self-start rounded bg-wash object-cover`}
          // Cut to 16:9 around the editor's focal point (lib/media/focus), not the picture's middle.
          {...(article.image.focus && { style: { objectPosition: objectPosition(article.image.width, article.image.height, THUMBNAIL_ASPECT, article.image.focus) } })}
        />
      )}
      <div className={`${layout.text} min-w-0`}>
        <Kicker article={article} showSection={showSection} />
        <Heading className="text-lg font-bold leading-snug">
          <a href={articlePath(article)} className="hover:text-brand hover:underline">
            <EditionText text={article.title} locale={article.locale} />
          </a>
        </Heading>
        {summary > 0 && <p className={`mt-1 text-[0.95rem] text-muted ${phoneSummary ? '' : 'max-sm:hidden'}`}><EditionText text={excerpt(article.summary, summary)} locale={article.locale} /></p>}
        <p className="mt-1 text-sm text-muted">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, article.locale)}</time>
        </p>
      </div>
    </article>
  );
}
