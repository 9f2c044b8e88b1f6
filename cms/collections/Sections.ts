import type { CollectionConfig } from 'payload';
import { admins, anyone } from '../access';
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate';
import { SECTION_SLUG } from '@/lib/routes';
import { plainText, slugText } from '../validation';

/** The paper's sections, in navigation order, named in both editions. Only admins change them. */
export const Sections: CollectionConfig = {
  slug: 'sections',
  labels: { singular: { ar: 'قسم', en: 'Section' }, plural: { ar: 'الأقسام', en: 'Sections' } },
  admin: { useAsTitle: 'slug', defaultColumns: ['slug', 'name.ar', 'name.en', 'order'], group: { ar: 'الإعداد', en: 'Setup' } },
  defaultSort: 'order',
  access: { read: anyone, create: admins, update: admins, delete: admins },
  hooks: { afterChange: [revalidateAfterChange('sections')], afterDelete: [revalidateAfterDelete('sections')] },
  fields: [
    {
      name: 'slug',
      label: { ar: 'المعرّف في الرابط', en: 'Slug (in the URL)' },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 30,
      validate: slugText(SECTION_SLUG),
    },
    {
      name: 'name',
      label: { ar: 'الاسم', en: 'Name' },
      type: 'group',
      fields: [
        { name: 'ar', label: { ar: 'بالعربية', en: 'Arabic' }, type: 'text', required: true, maxLength: 60, validate: plainText },
        { name: 'en', label: { ar: 'بالإنجليزية', en: 'English' }, type: 'text', required: true, maxLength: 60, validate: plainText },
      ],
    },
    { name: 'order', label: { ar: 'الترتيب', en: 'Order' }, type: 'number', required: true, defaultValue: 100, index: true },
  ],
};
