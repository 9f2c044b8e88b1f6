import type { CollectionConfig } from 'payload';
import { editors, staffField } from '../access';
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate';
import { breakingExpiry, DAY_AND_TIME } from '../dates';
import { IN_CAIRO_TIME } from '../in-cairo-time';
import { foldSearch, keyField } from '../search-key';
import { plainText, webOrSitePath } from '../validation';

/** Breaking news (عاجل): a line of text, an optional link, live until it expires. Editors only. */
export const Breaking: CollectionConfig = {
  slug: 'breaking',
  labels: { singular: { ar: 'خبر عاجل', en: 'Breaking news' }, plural: { ar: 'عاجل', en: 'Breaking news' } },
  admin: { useAsTitle: 'text', defaultColumns: ['text', 'edition', 'expiresAt'], group: { ar: 'التحرير', en: 'Newsroom' } },
  access: {
    // Readers see only what is live; the newsroom sees everything.
    read: ({ req }) => (req.user ? true : { expiresAt: { greater_than: new Date().toISOString() } }),
    create: editors,
    update: editors,
    delete: editors,
  },
  // The list's search box finds a line however its letters are spelled (cms/search-key).
  hooks: { beforeOperation: [foldSearch({ key: 'textKey', text: 'text' })], afterChange: [revalidateAfterChange('breaking')], afterDelete: [revalidateAfterDelete('breaking')] },
  fields: [
    { name: 'text', label: { ar: 'النص', en: 'Text' }, type: 'text', required: true, maxLength: 200, validate: plainText },
    { name: 'link', label: { ar: 'الرابط (اختياري)', en: 'Link (optional)' }, type: 'text', maxLength: 500, validate: webOrSitePath },
    {
      name: 'edition',
      label: { ar: 'الطبعة', en: 'Edition' },
      type: 'select',
      required: true,
      defaultValue: 'ar',
      options: [
        { value: 'ar', label: { ar: 'العربية', en: 'Arabic' } },
        { value: 'en', label: { ar: 'الإنجليزية', en: 'English' } },
      ],
    },
    {
      name: 'expiresAt',
      label: { ar: 'ينتهي في', en: 'Expires at' },
      type: 'date',
      required: true,
      index: true,
      validate: breakingExpiry,
      timezone: IN_CAIRO_TIME,
      admin: { date: DAY_AND_TIME, description: { ar: 'بتوقيت القاهرة.', en: 'Cairo time.' } },
    },
    // Set by the database from the text (cms/migrations/20261203_120000_newsroom_search_keys.ts).
    keyField('textKey', staffField),
  ],
};
