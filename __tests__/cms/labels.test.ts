import type { LabelFunction } from 'payload';
import { namesInEditorsLanguage } from '@/cms/labels';

const section = namesInEditorsLanguage({ singular: { ar: 'قسم', en: 'Section' }, plural: { ar: 'الأقسام', en: 'Sections' } });
const said = (label: LabelFunction, language: string) => label({ i18n: { language } as never, t: (() => '') as never });

describe('a collection’s names in the admin', () => {
  it('are words in the editor’s language, never an object a button would print', () => {
    expect(said(section.singular, 'ar')).toBe('قسم');
    expect(said(section.plural, 'ar')).toBe('الأقسام');
    expect(said(section.singular, 'en')).toBe('Section');
    expect(said(section.plural, 'en')).toBe('Sections');
  });

  it('fall back to Arabic, the admin’s own fallback, for a language it does not speak', () => {
    expect(said(section.singular, 'fr')).toBe('قسم');
  });
});
