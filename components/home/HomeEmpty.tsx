import { useTranslations } from 'next-intl';

/** What the front page says before anything is published (e.g. a new edition). */
export function HomeEmpty() {
  const t = useTranslations('Home');
  return <p className="py-12 text-center text-lg text-muted">{t('empty')}</p>;
}
