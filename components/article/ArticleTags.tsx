import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/site';
import { tagPath } from '@/lib/routes';
import { EditionText } from '@/components/ui/EditionText';

export function ArticleTags({ tags, locale }: { tags: readonly string[]; locale: Locale }) {
  const t = useTranslations('Article');
  return (
    <section aria-labelledby="article-tags" className="render-when-near -mx-1.5 mt-8 px-1.5 pb-1.5 [--estimated-height:6rem] print:hidden">
      <h2 id="article-tags" className="mb-2 text-lg font-bold">
        {t('tags')}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <a href={tagPath(locale, tag)} className="block rounded-full bg-wash px-3 py-1 text-[0.95rem] hover:text-brand hover:underline">
              <EditionText text={tag} locale={locale} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
