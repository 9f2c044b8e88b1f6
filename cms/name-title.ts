import type { TextField } from 'payload';

/**
 * What the newsroom knows a section or a writer by — the list's link, the document's heading, and
 * the option in a story's section and writer pickers: the Arabic name, then the English one
 * («اقتصاد — Economy»). The pickers showed slugs (`news`, `ahmed-samy`) and found nothing typed in
 * Arabic.
 *
 * Payload titles a document by one stored top-level field (`useAsTitle` refuses `name.ar` and virtual
 * fields: payload/dist/collections/config/useAsTitle.js), so the database keeps this one, set by a
 * trigger from the names on every write, whoever writes the row — never sent, never edited
 * (cms/migrations/20261204_155914_name_titles.ts). Its key (`titleKey`, cms/search-key) folds the
 * names in both editions with the slug and, for a section, its name inside a sentence, for a writer,
 * the column's: «الاقتصاد», «اقتصاد», "economy" and a column's name all find it, however spelled.
 */
export const nameTitle: TextField = {
  name: 'title',
  label: { ar: 'الاسم', en: 'Name' },
  type: 'text',
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
};

/** The searched text and its key, for foldSearch (cms/search-key). */
export const NAME_TITLE_KEY = { key: 'titleKey', text: 'title' } as const;
