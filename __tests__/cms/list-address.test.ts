/** @jest-environment node */
import { judgeListQuery, listAddress, listQuery } from '@/cms/list-address';

// A list's fields that hold ids and dates; any other (a text, a number) is not judged.
const judge = (unqueryable: string[] = []) => ({ ids: new Set(['id', 'section']), dates: new Set(['publishedAt']), unqueryable: new Set(unqueryable) });

/** The address as Next hands it to the page (one value a key, or several), judged. */
const judged = (searchParams: Record<string, string | string[]>, unqueryable: string[] = []) => judgeListQuery(listQuery(searchParams), judge(unqueryable));
const refused = (searchParams: Record<string, string | string[]>, unqueryable?: string[]) => judged(searchParams, unqueryable).faults;

describe('a list’s address in the admin', () => {
  it('takes every address the list writes itself: pages, page sizes, filters of each kind, groups of them', () => {
    const addresses: Record<string, string>[] = [
      {},
      { page: '2', limit: '25', sort: '-publishedAt', search: 'أسوان' },
      { 'where[or][0][and][0][title][like]': 'أسوان', 'where[or][0][and][1][publishedAt][greater_than]': '2026-11-01T00:00:00.000Z' },
      { 'where[section][in][0]': '3', 'where[section][in][1]': '4' },
      { 'where[section][in]': '3,4', 'where[id][not_equals]': '1001' },
      // A field of many relations: the filter writes a list even for `equals`.
      { 'where[or][0][and][0][section][equals][0]': '5', 'where[or][0][and][0][section][equals][1]': '6' },
      { 'where[priority][less_than]': '2.5', 'where[publishedAt][exists]': 'true', 'where[section][equals]': 'null' },
      // A number that is none is Payload's to answer (an empty list): the filter writes `true` a moment
      // when the editor turns «exists» into «equals».
      { 'where[priority][equals]': 'true' },
      // A condition whose value the editor has not chosen yet, as the list's filter writes it; empty parameters.
      { 'where[or][0][and][0][publishedAt][greater_than]': '', 'where[or][0][and][1][section][equals]': '', 'where[or][0][and][2][priority][equals]': '' },
      { page: '', limit: '', where: '' },
    ];
    for (const address of addresses) {
      expect(refused(address)).toEqual([]);
    }
  });

  it('refuses a page or a page size that is not a whole number, naming it', () => {
    expect(refused({ page: '-1' })).toEqual([{ parameter: 'page', kind: 'page' }]);
    expect(refused({ page: '0' })).toEqual([{ parameter: 'page', kind: 'page' }]);
    expect(refused({ page: ['1', '2'] })).toEqual([{ parameter: 'page', kind: 'page' }]);
    expect(refused({ page: '99999999999' })).toEqual([{ parameter: 'page', kind: 'page' }]);
    expect(refused({ limit: 'abc' })).toEqual([{ parameter: 'limit', kind: 'limit' }]);
  });

  it('refuses a date that is not one and an id that no id can be, as the address writes them', () => {
    expect(refused({ 'where[publishedAt][greater_than]': 'notadate' })).toEqual([{ parameter: 'where[publishedAt][greater_than]', kind: 'date' }]);
    expect(refused({ 'where[publishedAt][in]': ['2026-11-01', 'yesterday'] })).toEqual([{ parameter: 'where[publishedAt][in]', kind: 'date' }]);
    expect(refused({ 'where[or][0][and][0][section][equals]': 'abc' })).toEqual([{ parameter: 'where[or][0][and][0][section][equals]', kind: 'id' }]);
    expect(refused({ 'where[id][in]': '3,x' })).toEqual([{ parameter: 'where[id][in]', kind: 'id' }]);
  });

  it('refuses what Payload cannot query — no such field, no such comparison — and what is no filter at all', () => {
    expect(refused({ 'where[nosuch][equals]': 'x' }, ['nosuch'])).toEqual([{ parameter: 'where[nosuch][equals]', kind: 'field' }]);
    expect(refused({ 'where[title][badop]': 'x' }, ['title.badop'])).toEqual([{ parameter: 'where[title][badop]', kind: 'field' }]);
    expect(refused({ 'where[title]': 'x' })).toEqual([{ parameter: 'where[title]', kind: 'where' }]);
    expect(refused({ where: '{bad' })).toEqual([{ parameter: 'where', kind: 'where' }]);
    expect(refused({ 'where[or][title][equals]': 'x' })).toEqual([{ parameter: 'where[or]', kind: 'where' }]);
  });

  it('keeps the rest of the address: the other filters, the sort, the search, and drops groups left empty', () => {
    const { faults, kept } = judged({
      'where[or][0][and][0][title][like]': 'أسوان',
      'where[or][0][and][1][publishedAt][greater_than]': 'notadate',
      'where[or][1][and][0][section][equals]': 'abc',
      page: '-1',
      sort: '-publishedAt',
    });
    expect(faults.map(({ parameter }) => parameter)).toEqual(['page', 'where[or][0][and][1][publishedAt][greater_than]', 'where[or][1][and][0][section][equals]']);
    expect(kept).toEqual({ where: { or: [{ and: [{ title: { like: 'أسوان' } }] }] }, sort: '-publishedAt' });
    expect(listAddress('/admin/collections/articles', kept)).toBe(
      `/admin/collections/articles?where${encodeURIComponent('[or][0][and][0][title][like]')}=${encodeURIComponent('أسوان')}&sort=-publishedAt`,
    );
  });

  it('drops the filter altogether when nothing of it is left', () => {
    const { kept } = judged({ 'where[publishedAt][greater_than]': 'notadate', limit: '10' });
    expect(kept).toEqual({ limit: '10' });
    expect(listAddress('/admin/collections/articles', kept)).toBe('/admin/collections/articles?limit=10');
  });
});
