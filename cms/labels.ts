import type { LabelFunction } from 'payload';

interface InBothLanguages {
  ar: string;
  en: string;
}

/** The admin speaks Arabic and English (payload.config.ts), Arabic when in doubt, as its fallback. */
function inLanguage(words: InBothLanguages, language: string): string {
  return language === 'en' ? words.en : words.ar;
}

/**
 * A collection's names, said in the editor's language before they reach the admin's browser code.
 * Given as `{ ar, en }` they would reach it as that object, and Payload's drawer buttons (create a
 * section from a story's picker, edit the chosen picture) put the object itself into their accessible
 * name — a screen reader heard «أضف [object Object] جديد». A function is called once per language when
 * Payload builds the admin's client config, so every place receives the name as words.
 */
export function namesInEditorsLanguage(names: { singular: InBothLanguages; plural: InBothLanguages }): { singular: LabelFunction; plural: LabelFunction } {
  return {
    singular: ({ i18n }) => inLanguage(names.singular, i18n.language),
    plural: ({ i18n }) => inLanguage(names.plural, i18n.language),
  };
}
