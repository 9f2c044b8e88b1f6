import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Locale } from '@/lib/site';
import { withIntl } from './intl';

/** Renders a component the way a page does, with the edition's messages. */
export function renderInLocale(ui: ReactElement, locale: Locale = 'ar') {
  return render(withIntl(ui, locale));
}

/** Server-side HTML of a tree (what the reader's browser receives before any JavaScript). */
export function serverHtml(ui: ReactElement, locale: Locale = 'ar'): string {
  return renderToStaticMarkup(withIntl(ui, locale));
}
