'use client';

import { createContext, useContext, type ReactNode } from 'react';

export interface ErrorWordsValue {
  locale: string;
  homeHref: string;
  title: string;
  description: string;
  retry: string;
  home: string;
}

const ErrorWords = createContext<ErrorWordsValue | null>(null);

/**
 * Hands the error page (a client component by necessity) its words, translated on the server.
 * A plain context instead of next-intl's client provider keeps the i18n runtime out of every
 * page's JavaScript: the error page is the only client component that needs words.
 */
export function ErrorWordsProvider({ value, children }: { value: ErrorWordsValue; children: ReactNode }) {
  return <ErrorWords.Provider value={value}>{children}</ErrorWords.Provider>;
}

export function useErrorWords(): ErrorWordsValue | null {
  return useContext(ErrorWords);
}
