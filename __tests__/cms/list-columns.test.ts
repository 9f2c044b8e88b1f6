import type { Field, SanitizedConfig } from 'payload';
import { picturesListOffersWhatEditorsRead } from '@/cms/list-columns';

const text = (name: string, admin?: Record<string, unknown>): Field => ({ name, type: 'text', ...(admin ? { admin } : {}) });

/** A built config as Payload leaves it: a pictures collection with its own fields and those Payload and the store added. */
function builtConfig() {
  const sizes: Field = { name: 'sizes', type: 'group', admin: { hidden: true }, fields: [{ name: 'thumbnail', type: 'group', fields: [text('url'), { name: 'width', type: 'number' }] }] };
  const media = { slug: 'media', fields: [text('alt'), text('filename', { hidden: true }), text('url', { hidden: true, readOnly: true }), text('thumbnailURL'), text('_objectKey'), sizes] };
  const articles = { slug: 'articles', fields: [text('url')] };
  return { collections: [articles, media] } as unknown as SanitizedConfig;
}

const offered = (field: Field | undefined) => !(field as { admin?: { disableListColumn?: boolean } } | undefined)?.admin?.disableListColumn;
const named = (fields: Field[], name: string) => fields.find((field) => 'name' in field && field.name === name);

describe('the pictures list’s columns and filters', () => {
  it('leave out where the file is stored, its thumbnail and the store’s key, down to every size’s', () => {
    const media = picturesListOffersWhatEditorsRead(builtConfig()).collections[1]!;
    for (const name of ['url', 'thumbnailURL', '_objectKey']) expect(offered(named(media.fields, name))).toBe(false);
    const thumbnail = (named(media.fields, 'sizes') as { fields: Field[] }).fields[0] as { fields: Field[] };
    expect(thumbnail.fields.map(offered)).toEqual([false, false]);
    expect(named(media.fields, 'url')).toMatchObject({ admin: { hidden: true, readOnly: true, disableListFilter: true } });
  });

  it('keep what an editor reads — the description, the file name — and touch no other collection', () => {
    const config = picturesListOffersWhatEditorsRead(builtConfig());
    const [articles, media] = config.collections;
    expect([offered(named(media!.fields, 'alt')), offered(named(media!.fields, 'filename'))]).toEqual([true, true]);
    expect(offered(named(articles!.fields, 'url'))).toBe(true);
  });
});
