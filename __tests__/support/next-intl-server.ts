/**
 * Test stand-in for `next-intl/server`. Inside Next these functions read the request config
 * (i18n/request.ts); here they read the same message files, for the locale the page under test
 * registered with setRequestLocale — the same contract pages rely on in production.
 */
import { createTranslator } from 'next-intl';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

const MESSAGES = { ar, en } as const;
type TestLocale = keyof typeof MESSAGES;

let requestLocale: TestLocale = 'ar';

export function setRequestLocale(locale: string) {
  requestLocale = locale as TestLocale;
}

export async function getLocale() {
  return requestLocale;
}

export async function getMessages(options?: { locale?: string }) {
  return MESSAGES[(options?.locale ?? requestLocale) as TestLocale];
}

export async function getTranslations(arg?: string | { locale?: string; namespace?: string }) {
  const { locale = requestLocale, namespace } = typeof arg === 'string' ? { namespace: arg } : (arg ?? {});
  return createTranslator({
    locale,
    messages: MESSAGES[locale as TestLocale],
    namespace: namespace as never,
    timeZone: 'Africa/Cairo',
  }) as unknown as (key: string, values?: Record<string, unknown>) => string;
}
