import type { ReactElement } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import type { Locale } from '@/lib/site';

export const messages = { ar, en };

/** Wraps a tree in the edition's messages, as the request config does inside Next. */
export function withIntl(ui: ReactElement, locale: Locale = 'ar') {
  return (
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="Africa/Cairo">
      {ui}
    </NextIntlClientProvider>
  );
}
