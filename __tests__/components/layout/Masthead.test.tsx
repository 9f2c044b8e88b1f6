import { screen } from '@testing-library/react';
import { Masthead } from '@/components/layout/Masthead';
import type { MastheadEntry } from '@/lib/content/types';
import { MASTHEAD } from '../../support/content';
import { renderInLocale } from '../../support/render';

/** Role/name pairs as a reader (or screen reader) meets them: each <dt> with its <dd>. */
function pairs() {
  return screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
}

describe('Masthead', () => {
  it('prints each role and name in order, as the newsroom entered them, under its label', () => {
    renderInLocale(<Masthead locale="ar" entries={MASTHEAD} />);
    expect(pairs()).toEqual(MASTHEAD.map((e) => [e.role.ar, e.name.ar]));
    expect(screen.getByLabelText('هيئة التحرير')).toBeInTheDocument();
  });

  it('prints the English roles and names in the English edition', () => {
    renderInLocale(<Masthead locale="en" entries={MASTHEAD} />, 'en');
    expect(pairs()).toEqual(MASTHEAD.map((e) => [e.role.en, e.name.en]));
  });

  it('follows an edit of one name: only that name changes', () => {
    const edited: MastheadEntry[] = MASTHEAD.map((e, i) => (i === 1 ? { ...e, name: { ...e.name, ar: 'اسم جديد' } } : e));
    renderInLocale(<Masthead locale="ar" entries={edited} />);
    expect(pairs()).toEqual([
      [MASTHEAD[0]!.role.ar, MASTHEAD[0]!.name.ar],
      [MASTHEAD[1]!.role.ar, 'اسم جديد'],
    ]);
    expect(screen.queryByText(MASTHEAD[1]!.name.ar)).not.toBeInTheDocument();
  });
});
