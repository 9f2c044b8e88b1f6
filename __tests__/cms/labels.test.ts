import type { CollectionConfig, Field, LabelFunction } from 'payload';
import { collectionInEditorsLanguage, globalInEditorsLanguage } from '@/cms/labels';

/** What the admin is handed for a label in a language: Payload calls a label function with its i18n. */
const said = (label: unknown, language: string) => (typeof label === 'function' ? (label as LabelFunction)({ i18n: { language } as never, t: (() => '') as never }) : label);

const desk: CollectionConfig = {
  slug: 'desks',
  labels: { singular: { ar: 'مكتب', en: 'Desk' }, plural: { ar: 'المكاتب', en: 'Desks' } },
  fields: [
    { name: 'name', type: 'text', label: { ar: 'الاسم', en: 'Name' } },
    { name: 'code', type: 'text', label: 'ID' },
    { name: 'quiet', type: 'text', label: false },
    {
      name: 'staff',
      type: 'array',
      labels: { singular: { ar: 'محرر', en: 'Editor' }, plural: { ar: 'المحررون', en: 'Editors' } },
      fields: [{ name: 'phone', type: 'text', label: { ar: 'الهاتف', en: 'Phone' } }],
    },
  ],
};

/** Every label, array row name and collection name in fields, wherever it sits. */
function labelsOf(fields: Field[]): unknown[] {
  return fields.flatMap((field) => [
    ...('label' in field ? [field.label] : []),
    ...('labels' in field && field.labels ? [field.labels.singular, field.labels.plural] : []),
    ...('fields' in field ? labelsOf(field.fields) : []),
  ]);
}

describe('names in the admin', () => {
  it('are the words of the editor’s language: a collection’s, its fields’, its lists’ rows’', () => {
    const out = collectionInEditorsLanguage(desk);
    expect([said(out.labels!.singular, 'ar'), said(out.labels!.plural, 'en')]).toEqual(['مكتب', 'Desks']);
    const [name, , , staff] = out.fields as [Field & { label: unknown }, Field, Field, Field & { labels: { singular: unknown }; fields: (Field & { label: unknown })[] }];
    expect([said(name.label, 'ar'), said(name.label, 'en')]).toEqual(['الاسم', 'Name']);
    expect([said(staff.labels.singular, 'ar'), said(staff.fields[0]!.label, 'en')]).toEqual(['محرر', 'Phone']);
  });

  it('fall back to Arabic, the admin’s own fallback, for a language it does not speak', () => {
    expect(said(collectionInEditorsLanguage(desk).labels!.singular, 'fr')).toBe('مكتب');
  });

  it('leave a label that is already words, or none, as it was', () => {
    const [, code, quiet] = collectionInEditorsLanguage(desk).fields as (Field & { label: unknown })[];
    expect([code!.label, quiet!.label]).toEqual(['ID', false]);
    expect(desk.fields[0]).toMatchObject({ label: { ar: 'الاسم', en: 'Name' } });
  });

  it('reach the admin as words wherever they sit: none is an object a button would print as [object Object]', () => {
    const out = collectionInEditorsLanguage(desk);
    for (const label of [out.labels?.singular, out.labels?.plural, ...labelsOf(out.fields)]) {
      expect(typeof said(label, 'ar')).not.toBe('object');
    }
    const masthead = globalInEditorsLanguage({ slug: 'masthead', label: { ar: 'هيئة التحرير', en: 'Masthead' }, fields: desk.fields });
    // Its own name stays an object: the versions page hands it to a client component as it is.
    expect(masthead.label).toEqual({ ar: 'هيئة التحرير', en: 'Masthead' });
    for (const label of labelsOf(masthead.fields)) expect(typeof said(label, 'en')).not.toBe('object');
  });
});
