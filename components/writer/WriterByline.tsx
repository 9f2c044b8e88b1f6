import type { ArticleWriter } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { writerPath } from '@/lib/routes';
import { WriterPortrait } from './WriterPortrait';

/** A column piece's byline: the writer's portrait, name (to their page) and column. */
export function WriterByline({ writer, locale }: { writer: ArticleWriter; locale: Locale }) {
  return (
    <div className="flex items-center gap-3">
      {writer.photo && <WriterPortrait photo={writer.photo} size={56} />}
      <div>
        <p className="font-bold">
          <a href={writerPath(locale, writer.slug)} className="text-ink hover:text-brand hover:underline">
            {writer.name}
          </a>
        </p>
        {writer.column && <p className="text-[0.95rem] text-muted">{writer.column}</p>}
      </div>
    </div>
  );
}
