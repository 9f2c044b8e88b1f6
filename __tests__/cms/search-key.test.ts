import type { CollectionBeforeOperationHook } from 'payload';
import { foldSearch, keyedWhere, searchKey } from '@/cms/search-key';

const TAG = { key: 'nameKey', text: 'name' };

type HookArgs = Parameters<CollectionBeforeOperationHook>[0];
const hook = foldSearch(TAG);
const run = (operation: string, where: unknown, user: unknown = { id: 1 }) =>
  (hook({ args: { where }, operation, req: { user } } as unknown as HookArgs) as { where?: unknown }).where;

describe('the newsroom’s search key', () => {
  it('is the site search’s fold: hamza seats, ة/ه and ى/ي, harakat, tatweel and digits spelled one way', () => {
    expect(searchKey('أحمد')).toBe(searchKey('احمد'));
    expect(searchKey('أسعار')).toBe('اسعار');
    expect(searchKey('إدارة القاهرة')).toBe('اداره القاهره');
    expect(searchKey('مستشفى')).toBe(searchKey('مستشفي'));
    expect(searchKey('مُحَمَّـــد ٢٠٢٦')).toBe('محمد 2026');
  });
});

describe('a search for a piece of the text', () => {
  it('is asked of the key, folded — the list’s search box (an `or` inside an `and`) and a field’s type-to-find', () => {
    const typed = { like: 'أحمد' };
    expect(keyedWhere({ and: [{ edition: { equals: 'ar' } }, { or: [{ name: typed }] }] }, TAG)).toEqual({
      and: [{ edition: { equals: 'ar' } }, { or: [{ nameKey: { like: 'احمد' } }] }],
    });
    expect(keyedWhere({ and: [{ id: { not_in: [3] } }, { name: { contains: 'الأسعار' } }] }, TAG)).toEqual({ and: [{ id: { not_in: [3] } }, { nameKey: { contains: 'الاسعار' } }] });
    // What the editor sent is not changed in place (Payload keeps the list's query).
    expect(typed).toEqual({ like: 'أحمد' });
  });

  it('compares values of the key itself as keys (the stories’ list searches its key field by name)', () => {
    expect(keyedWhere({ nameKey: { equals: 'مسئول', in: ['إدارة', 'آثار'], exists: true } }, TAG)).toEqual({ nameKey: { equals: 'مسءول', in: ['اداره', 'اثار'], exists: true } });
  });

  it('keeps every other condition on the text where it was: a tag looked up by its exact name stays exact', () => {
    expect(keyedWhere({ name: { equals: 'أحمد', like: 'أح' } }, TAG)).toEqual({ name: { equals: 'أحمد' }, nameKey: { like: 'اح' } });
    expect(keyedWhere({ summary: { like: 'أحمد' }, edition: { in: ['ar'] } }, TAG)).toEqual({ summary: { like: 'أحمد' }, edition: { in: ['ar'] } });
  });

  it('keeps both when the text and its key are searched in one condition: both must hold', () => {
    expect(keyedWhere({ name: { like: 'أحمد' }, nameKey: { like: 'علي' } }, TAG)).toEqual({ and: [{ nameKey: { like: 'احمد' } }, { nameKey: { like: 'علي' } }] });
  });
});

describe('the collection’s hook', () => {
  it('folds the newsroom’s reads and counts', () => {
    expect(run('read', { name: { like: 'أحمد' } })).toEqual({ nameKey: { like: 'احمد' } });
    expect(run('count', { name: { like: 'أحمد' } })).toEqual({ nameKey: { like: 'احمد' } });
  });

  it('folds the list’s bulk actions, which act on what the list’s search showed', () => {
    expect(run('update', { name: { like: 'أحمد' } })).toEqual({ nameKey: { like: 'احمد' } });
    expect(run('delete', { name: { like: 'أحمد' } })).toEqual({ nameKey: { like: 'احمد' } });
  });

  it('leaves a visitor’s read, a save by id and an empty filter as they were', () => {
    expect(run('read', { name: { like: 'أحمد' } }, null)).toEqual({ name: { like: 'أحمد' } });
    expect(run('create', { name: { like: 'أحمد' } })).toEqual({ name: { like: 'أحمد' } });
    expect(run('update', undefined)).toBeUndefined();
    expect(run('read', undefined)).toBeUndefined();
  });
});
