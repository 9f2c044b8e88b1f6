import type { FlattenedField } from 'payload';
import { fieldLabel } from '@/cms/field-labels';

// A request's translator, as Payload's: the language and its `t` on `req.i18n`, `t` on the request too.
const say = (key: string) => key;
const ar = { i18n: { language: 'ar', fallbackLanguage: 'ar', t: say }, t: say } as never;
const en = { i18n: { language: 'en', fallbackLanguage: 'ar', t: say }, t: say } as never;

// The shapes the newsroom's refusals name: a top-level field, a group's field, an array's row's field.
const fields = [
  { name: 'name', type: 'text', label: { ar: 'الوسم', en: 'Tag' } },
  { name: 'correction', type: 'group', label: { ar: 'تصحيح', en: 'Correction' }, flattenedFields: [{ name: 'at', type: 'date', label: { ar: 'الموعد', en: 'When' } }] },
  {
    name: 'terms',
    type: 'array',
    label: { ar: 'التشكيلات', en: 'Terms' },
    flattenedFields: [
      { name: 'from', type: 'date', label: { ar: 'ساري من', en: 'Effective from' } },
      { name: 'names', type: 'array', label: false, flattenedFields: [{ name: 'ar', type: 'text', label: 'بالعربية' }] },
    ],
  },
  { name: 'body', type: 'richText', label: ({ t }: { t: (key: string) => string }) => t('النص') },
  { name: 'plain', type: 'text' },
] as unknown as FlattenedField[];

describe('a refused field is named in the notice as the form names it', () => {
  it.each([
    ['name', ar, 'الوسم'],
    ['name', en, 'Tag'],
    ['correction.at', ar, 'تصحيح > الموعد'],
    ['terms.1.from', ar, 'التشكيلات 2 > ساري من'],
    ['terms.1.from', en, 'Terms 2 > Effective from'],
    // A field without a label of its own adds nothing; its rows are still counted on the one before.
    ['terms.0.names.2.ar', ar, 'التشكيلات 1 > بالعربية'],
    // Past the fields, inside a story's text: named by the last field the path passes.
    ['body.root.children.0', ar, 'النص'],
    ['plain', ar, 'plain'],
  ])('%s (%#)', (path, req, label) => {
    expect(fieldLabel(fields, path, req)).toBe(label);
  });

  it('a path that names no field is left to be named by its key', () => {
    expect(fieldLabel(fields, 'where.title.like', ar)).toBeUndefined();
  });
});
