import { fireEvent, render, screen } from '@testing-library/react';
import LocaleError from '@/app/[locale]/error';
import { SkipLink } from '@/components/layout/SkipLink';
import { ErrorWordsProvider, type ErrorWordsValue } from '@/components/layout/ErrorWords';
import { renderInLocale } from '../../support/render';

const WORDS: ErrorWordsValue = { locale: 'ar', homeHref: '/', title: 'حدث خطأ', description: 'تعذر عرض الصفحة', retry: 'أعد المحاولة', home: 'الرئيسية' };

/** What a reader sees when a page fails to render: the edition's words, a retry, a way home — and the layout's skip link still leads somewhere. */
describe('the error page', () => {
  const error = Object.assign(new Error('boom'), { digest: '123' });
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => jest.restoreAllMocks());

  function renderError(reset = jest.fn()) {
    render(
      <ErrorWordsProvider value={WORDS}>
        <LocaleError error={error} reset={reset} />
      </ErrorWordsProvider>,
    );
    return reset;
  }

  it('says what happened in the edition’s words and offers a retry and the home page', () => {
    const reset = renderError();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(WORDS.title);
    expect(screen.getByText(WORDS.description)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: WORDS.home })).toHaveAttribute('href', '/');
    fireEvent.click(screen.getByRole('button', { name: WORDS.retry }));
    expect(reset).toHaveBeenCalledTimes(1);
    // Only the digest is logged: nothing technical reaches the reader or the console beyond it.
    expect(console.error).toHaveBeenCalledWith('123');
    expect(document.body).not.toHaveTextContent('boom');
  });

  it('is where the layout’s skip link leads, and takes the focus', () => {
    renderError();
    renderInLocale(<SkipLink />);
    const target = document.querySelector(screen.getByRole('link', { name: 'انتقل إلى المحتوى' }).getAttribute('href')!);
    expect(target).toBe(screen.getByRole('main'));
    expect(target).toHaveAttribute('tabindex', '-1');
  });
});
