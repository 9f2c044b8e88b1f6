import type { CollectionBeforeOperationHook } from 'payload';
import { foldHeadlineSearch, headlineKey } from '@/cms/headline-key';

type HookArgs = Parameters<CollectionBeforeOperationHook>[0];
const run = (operation: string, where: unknown) =>
  (foldHeadlineSearch({ args: { where }, operation, req: { user: { id: 1 } } } as unknown as HookArgs) as { where?: unknown }).where;

describe('the headline key', () => {
  it('spells each letter one way, drops harakat and tatweel, lowers case, leaves the rest of the headline as it is', () => {
    expect(headlineKey('مسؤول في أسوان يفتتح مستشفى الطاقة')).toBe('مسءول في اسوان يفتتح مستشفي الطاقه');
    expect(headlineKey('مسئولية إدارة آثار الـــقاهرة')).toBe('مسءوليه اداره اثار القاهره');
    expect(headlineKey('أَسْوَانُ SpaceX ٢٠٢٦')).toBe('اسوان spacex 2026');
  });
});

describe('the newsroom’s search by headline', () => {
  it('compares what the editor typed as a key, however deep in the filter the list put it', () => {
    const typed = { like: 'أسوان الطاقة' };
    expect(run('read', { and: [{ edition: { equals: 'ar' } }, { or: [{ headlineKey: typed }] }] })).toEqual({
      and: [{ edition: { equals: 'ar' } }, { or: [{ headlineKey: { like: 'اسوان الطاقه' } }] }],
    });
    expect(run('count', { headlineKey: { equals: 'مسئول', in: ['إدارة', 'آثار'], exists: true } })).toEqual({ headlineKey: { equals: 'مسءول', in: ['اداره', 'اثار'], exists: true } });
    // What the editor sent is not changed in place (Payload keeps the list's query).
    expect(typed).toEqual({ like: 'أسوان الطاقة' });
  });

  it('asks a search for a piece of the headline itself of its key (a story picked as a translation, the filters)', () => {
    expect(run('read', { title: { contains: 'أسوان' }, edition: { not_equals: 'ar' } })).toEqual({ headlineKey: { contains: 'اسوان' }, edition: { not_equals: 'ar' } });
  });

  it('leaves every other field, value and operation alone', () => {
    const where = { title: { equals: 'أسوان' }, summary: { in: ['أسوان'] } };
    expect(run('read', where)).toEqual(where);
    expect(run('create', { headlineKey: { like: 'أسوان' } })).toEqual({ headlineKey: { like: 'أسوان' } });
    // The list's bulk actions (publish, unpublish, delete all it shows) act on what its search found.
    expect(run('update', { headlineKey: { like: 'أسوان' } })).toEqual({ headlineKey: { like: 'اسوان' } });
    expect(run('read', undefined)).toBeUndefined();
  });
});
