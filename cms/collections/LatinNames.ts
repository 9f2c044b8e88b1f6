import type { CollectionConfig } from 'payload';
import { editors, staff } from '../access';
import { LATIN_NAME_MAX_LENGTH } from '@/lib/search/latin-names';
import { latinNameText, spellingsText } from '../validation';

/**
 * Names the stories write in Latin letters ("SpaceX") and the spellings readers type them in, in
 * Arabic letters («سبيس إكس»): a search that found nothing as typed is tried with the name in their
 * place (lib/search/latin-names). Read by search straight from its table (lib/content/postgres/search.ts),
 * and only for a query that found nothing, so a change here holds from the next such search: nothing
 * is cached, and no story is indexed again.
 */
export const LatinNames: CollectionConfig = {
  slug: 'latin-names',
  labels: { singular: { ar: 'اسم بحروف لاتينية', en: 'Name in Latin letters' }, plural: { ar: 'أسماء بحروف لاتينية', en: 'Names in Latin letters' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'spellings'],
    group: { ar: 'التحرير', en: 'Newsroom' },
    description: {
      ar: 'أسماء تكتبها الأخبار بحروف لاتينية ويبحث عنها القراء بحروف عربية. إن لم يجد البحث شيئًا بما كتبه القارئ، بحث بالاسم مكان تهجئته، وقال ذلك في صفحة النتائج.',
      en: 'Names the stories write in Latin letters and readers search for in Arabic letters. When a search finds nothing as typed, it searches with the name in place of its spelling, and says so on the results page.',
    },
  },
  access: { read: staff, create: editors, update: editors, delete: editors },
  fields: [
    {
      name: 'name',
      label: { ar: 'الاسم كما تكتبه الأخبار', en: 'The name as the stories write it' },
      type: 'text',
      required: true,
      unique: true,
      maxLength: LATIN_NAME_MAX_LENGTH,
      validate: latinNameText,
    },
    {
      name: 'spellings',
      label: { ar: 'كما يكتبه القراء بحروف عربية', en: 'As readers type it in Arabic letters' },
      type: 'textarea',
      required: true,
      validate: spellingsText,
      admin: { description: { ar: 'تهجئة في كل سطر، مثل «سبيس إكس». الهمزات والتاء المربوطة والتشكيل لا تفرق.', en: 'One spelling a line, «سبيس إكس» for instance. Hamzas, teh marbuta and harakat make no difference.' } },
    },
  ],
};
