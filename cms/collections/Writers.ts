import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload';
import { admins, editors, staff, staffField } from '../access';
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate';
import { WRITER_SLUG } from '@/lib/routes';
import { relationId } from '../relations';
import { storiesUsing } from '../stories-using';
import { nameTitle, NAME_TITLE_KEY } from '../name-title';
import { foldSearch, keyField } from '../search-key';
import { newsroomText } from '../translations';
import { existing, plainText, plainTextarea, slugText } from '../validation';

const bothEditions = (name: string, label: { ar: string; en: string }, options: { required?: boolean; long?: boolean; maxLength?: number } = {}) => ({
  name,
  label,
  type: 'group' as const,
  fields: (['ar', 'en'] as const).map((edition) => ({
    name: edition,
    label: edition === 'ar' ? { ar: 'بالعربية', en: 'Arabic' } : { ar: 'بالإنجليزية', en: 'English' },
    ...(options.long
      ? { type: 'textarea' as const, maxLength: 600, validate: plainTextarea }
      : { type: 'text' as const, maxLength: options.maxLength ?? 120, validate: plainText }),
    required: options.required ?? false,
  })),
});

type PhotoAlt = { ar?: string | null; en?: string | null };

/**
 * A new photo is not described by the words written for the old one: when the photo changes, an
 * alt text left as it was (or not sent) is cleared, and readers hear the new picture's own
 * description until the desk writes one for the writer (lib/content/postgres/rows, `photo`).
 * One typed in the same save is kept.
 */
const altFollowsPhoto: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc || !('photo' in data) || relationId(data.photo) === relationId(originalDoc.photo)) return data;
  const before = (originalDoc.photoAlt ?? {}) as PhotoAlt;
  const sent = (data.photoAlt ?? before) as PhotoAlt;
  const kept = (edition: 'ar' | 'en') => (sent[edition] && sent[edition] !== before[edition] ? sent[edition] : null);
  return { ...data, photoAlt: { ar: kept('ar'), en: kept('en') } };
};

/**
 * A writer with pieces is not deleted (cms/stories-using): the database would sign their columns
 * with the desk's name, attributing a writer's opinion to the paper.
 */
const refuseWhileSigning: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const stories = await storiesUsing(req, 'writer', id);
  if (stories > 0) throw new APIError(newsroomText(req, 'writerHasStories', { count: stories }), 409, { stories }, true);
};

/** Columnists: a person with a name in both editions, a photo, a short bio and, often, a fixed column name. */
export const Writers: CollectionConfig = {
  slug: 'writers',
  labels: { singular: { ar: 'كاتب', en: 'Writer' }, plural: { ar: 'الكتّاب', en: 'Writers' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'column.ar', 'slug'], group: { ar: 'التحرير', en: 'Newsroom' } },
  // The newsroom's: a writer entered before their first piece (a hire not yet announced) is not
  // public. Readers meet writers through their pages, which list only writers with a live piece.
  access: { read: staff, create: editors, update: editors, delete: admins },
  // The list's search box and a story's writer picker find a writer by name or column, however spelled.
  hooks: { beforeOperation: [foldSearch(NAME_TITLE_KEY)], beforeChange: [altFollowsPhoto], beforeDelete: [refuseWhileSigning], afterChange: [revalidateAfterChange('writers')], afterDelete: [revalidateAfterDelete('writers')] },
  fields: [
    {
      name: 'slug',
      label: { ar: 'المعرّف في الرابط', en: 'Slug (in the URL)' },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 60,
      validate: slugText(WRITER_SLUG),
    },
    bothEditions('name', { ar: 'الاسم', en: 'Name' }, { required: true }),
    bothEditions('column', { ar: 'اسم العمود', en: 'Column name' }),
    bothEditions('bio', { ar: 'نبذة', en: 'Short bio' }, { long: true }),
    // A picture that exists: a missing id broke the database's foreign key (500).
    { name: 'photo', label: { ar: 'الصورة', en: 'Photo' }, type: 'upload', relationTo: 'media', validate: existing('media') as never },
    // The picture's alt text in each edition: a writer appears in both, a picture has one alt of its own.
    bothEditions('photoAlt', { ar: 'وصف الصورة لمن لا يراها', en: 'Photo alt text' }, { maxLength: 300 }),
    // Both set by the database from the names (cms/name-title).
    nameTitle,
    keyField('titleKey', staffField),
  ],
};
