import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload';
import { admins, anyone, staffField } from '../access';
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate';
import { SECTION_SLUG } from '@/lib/routes';
import { storiesUsing } from '../stories-using';
import { nameTitle, NAME_TITLE_KEY } from '../name-title';
import { foldSearch, keyField } from '../search-key';
import { newsroomText } from '../translations';
import { plainText, slugText } from '../validation';

/**
 * A section that still holds stories is not deleted: every story must have one, and one whose section
 * went (the database would set it empty) would drop out of every page that lists it, search included.
 * The newsroom moves the stories first; the refusal says how many (409 Conflict).
 */
const refuseWhileItHoldsStories: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Drafts waiting to replace a story count too (cms/stories-using): the database emptied theirs.
  const totalDocs = await storiesUsing(req, 'section', id);
  if (totalDocs > 0) {
    throw new APIError(newsroomText(req, 'sectionHoldsStories', { count: totalDocs }), 409, { stories: totalDocs }, true);
  }
};

/** The paper's sections, in navigation order, named in both editions. Only admins change them. */
export const Sections: CollectionConfig = {
  slug: 'sections',
  labels: { singular: { ar: 'قسم', en: 'Section' }, plural: { ar: 'الأقسام', en: 'Sections' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'order'], group: { ar: 'الإعداد', en: 'Setup' } },
  defaultSort: 'order',
  access: { read: anyone, create: admins, update: admins, delete: admins },
  hooks: {
    // The list's search box and a story's section picker find a section by either name, however spelled.
    beforeOperation: [foldSearch(NAME_TITLE_KEY)],
    beforeDelete: [refuseWhileItHoldsStories],
    afterChange: [revalidateAfterChange('sections')],
    afterDelete: [revalidateAfterDelete('sections')],
  },
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
    {
      name: 'inSentence',
      label: { ar: 'الاسم داخل جملة', en: 'Name inside a sentence' },
      type: 'group',
      admin: {
        description: {
          ar: 'كما يُقرأ في «المزيد من …» و«الأحدث في …»: «الاقتصاد» لقسم «اقتصاد»، و«مصر» لقسم «مصر». اتركه فارغًا لتُضاف «ال» إلى الاسم إن كان كلمة واحدة.',
          en: 'As it reads in "More …", "Latest …" and "The latest … from Al-Wafd": in English what the section publishes ("sports news", "opinion pieces"). Leave empty to use the name (in Arabic, a one-word name then takes the article; in English, the name is followed by "news").',
        },
      },
      fields: [
        { name: 'ar', label: { ar: 'بالعربية', en: 'Arabic' }, type: 'text', maxLength: 60, validate: plainText },
        { name: 'en', label: { ar: 'بالإنجليزية', en: 'English' }, type: 'text', maxLength: 60, validate: plainText },
      ],
    },
    { name: 'order', label: { ar: 'الترتيب', en: 'Order' }, type: 'number', required: true, defaultValue: 100, index: true },
    // Both set by the database from the names (cms/name-title).
    nameTitle,
    keyField('titleKey', staffField),
  ],
};
