import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload';
import { editors, staff, staffField } from '../access';
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate';
import { canonicalTagName, TAG_MAX_LENGTH } from '@/lib/content/tag-name';
import { foldSearch, keyField } from '../search-key';
import { storiesUsing } from '../stories-using';
import { transactionDb } from '../sql';
import { tagNamed } from '../tag-named';
import { newsroomText } from '../translations';
import { tagText } from '../validation';
import { refuseFields } from '../field-labels';

/**
 * Names are kept as URLs and lookups spell them (NFC, no surrounding spaces): a name pasted with a
 * decomposed أ (ا + U+0654) would otherwise be stored apart from the same tag typed, and its link,
 * spelled in NFC, would find nothing.
 */
const canonicalName = ({ value }: { value?: unknown }) => (typeof value === 'string' ? canonicalTagName(value) : value);

/** A tag stories carry is not deleted (cms/stories-using): the newsroom takes it off them first. */
const refuseWhileInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const stories = await storiesUsing(req, 'tags', id);
  if (stories > 0) throw new APIError(newsroomText(req, 'tagInUse', { count: stories }), 409, { stories }, true);
};

/**
 * A tag's edition is where its page is: moved while stories carry it, their links led to a 404 and
 * every later save of them was refused under `tags` (another edition's tag). Refused naming the field.
 */
const keepEditionWhileInUse: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || data.edition === undefined || data.edition === originalDoc.edition) return data;
  const stories = await storiesUsing(req, 'tags', originalDoc.id);
  if (stories > 0) await refuseFields(req, { collection: 'tags' }, [{ path: 'edition', message: newsroomText(req, 'tagEditionInUse', { count: stories }) }]);
  return data;
};

/**
 * A name the edition's tags have already, however spelled (cms/tag-named), is refused under `name`,
 * naming the tag there is, in the editor's language: two spellings made two tag pages, splitting the
 * stories between them. The database's unique index on the exact name refused only an
 * exact copy, and under "edition, name", which the admin pins to no field.
 */
const refuseTwiceInEdition: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const name = data.name ?? originalDoc?.name;
  const edition = data.edition ?? originalDoc?.edition;
  if (typeof name !== 'string' || typeof edition !== 'string') return data;
  const same = await tagNamed(await transactionDb(req), edition, name, Number(originalDoc?.id ?? 0));
  if (same) await refuseFields(req, { collection: 'tags' }, [{ path: 'name', message: newsroomText(req, 'tagExists', { name: same.name }) }]);
  return data;
};

/**
 * Tags, per edition: a word or a name that becomes a URL (/tag/{name}). Writers add them as they
 * write (importers may send names; the article hook finds or creates the tag).
 */
export const Tags: CollectionConfig = {
  slug: 'tags',
  labels: { singular: { ar: 'وسم', en: 'Tag' }, plural: { ar: 'الوسوم', en: 'Tags' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'edition'], group: { ar: 'التحرير', en: 'Newsroom' } },
  // Read by the newsroom only: a tag made for a draft or an embargoed story must not tell the world
  // what is coming (reader pages read tags from the content source, never this API).
  access: { read: staff, create: staff, update: editors, delete: editors },
  // The list's search box finds a tag however its letters are spelled (cms/search-key).
  hooks: { beforeOperation: [foldSearch({ key: 'nameKey', text: 'name' })], beforeChange: [keepEditionWhileInUse, refuseTwiceInEdition], beforeDelete: [refuseWhileInUse], afterChange: [revalidateAfterChange('tags')], afterDelete: [revalidateAfterDelete('tags')] },
  fields: [
    {
      name: 'name',
      label: { ar: 'الوسم', en: 'Tag' },
      type: 'text',
      required: true,
      maxLength: TAG_MAX_LENGTH,
      index: true,
      hooks: { beforeValidate: [canonicalName] },
      validate: tagText,
    },
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
    // Set by the database from the name (cms/migrations/20261203_120000_newsroom_search_keys.ts).
    keyField('nameKey', staffField),
  ],
};
