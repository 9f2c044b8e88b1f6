import { screen } from '@testing-library/react';
import { Masthead } from '@/components/layout/Masthead';
import { renderInLocale } from '../../support/render';

const ROLES = [
  ['رئيس حزب الوفد ورئيس مجلس الإدارة', 'د.عبد السند يمامة'],
  ['رئيس مجلس التحرير', 'سامي أبو العز'],
  ['رئيس التحرير', 'ياسر شورى'],
];

/** Role/name pairs as a reader (or screen reader) meets them: each <dt> with its <dd>. */
function pairs() {
  return screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
}

describe('Masthead', () => {
  it('prints the three roles and names exactly as the paper does, in order', () => {
    renderInLocale(<Masthead locale="ar" />);
    expect(pairs()).toEqual(ROLES);
    expect(screen.getByLabelText('هيئة التحرير')).toBeInTheDocument();
  });

  it('translates roles and transliterates names in English', () => {
    renderInLocale(<Masthead locale="en" />, 'en');
    expect(pairs()).toEqual([
      ['Chairman of the Wafd Party and of the Board', 'Dr. Abdel Sanad Yamama'],
      ['Chairman of the Editorial Board', 'Samy Abou El-Ezz'],
      ['Editor-in-Chief', 'Yasser Shoura'],
    ]);
  });

  it('follows a one-line edit of content/site.json', async () => {
    const edited = JSON.parse(JSON.stringify(jest.requireActual('@/content/site.json')));
    edited.masthead[2].name.ar = 'اسم رئيس تحرير جديد';
    let html = '';
    // Fresh modules that see the edited data file, exactly as a rebuilt site would.
    await jest.isolateModulesAsync(async () => {
      jest.doMock('@/content/site.json', () => edited);
      const [{ Masthead: EditedMasthead }, { withIntl }, { renderToStaticMarkup }] = await Promise.all([
        import('@/components/layout/Masthead'),
        import('../../support/intl'),
        import('react-dom/server'),
      ]);
      html = renderToStaticMarkup(withIntl(<EditedMasthead locale="ar" />));
    });
    document.body.innerHTML = html;
    expect(pairs()).toEqual([ROLES[0], ROLES[1], ['رئيس التحرير', 'اسم رئيس تحرير جديد']]);
    expect(screen.queryByText('ياسر شورى')).not.toBeInTheDocument();
  });
});
