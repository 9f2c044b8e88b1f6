/** @jest-environment node */
import { namesByNumber, relationId } from '@/cms/relations';

describe('a relation names a document by its number', () => {
  it('takes a whole number, bare, as a related document or in the admin’s form', () => {
    for (const value of [3, { id: 3 }, { relationTo: 'sections', value: 3 }, 2_147_483_648]) expect([value, namesByNumber(value)]).toEqual([value, true]);
  });

  it('refuses a number written as text, a fraction, zero, a negative, or nothing', () => {
    for (const value of ['3', 3.5, 0, -1, Number.NaN, { id: '3' }, { relationTo: 'sections', value: '3' }, null, undefined, true]) expect([value, namesByNumber(value)]).toEqual([value, false]);
  });

  it('reads the id behind each form (for the existence check)', () => {
    expect([relationId(3), relationId('3'), relationId({ id: 4 }), relationId({ relationTo: 'tags', value: 5 }), relationId(null)]).toEqual([3, 3, 4, 5, undefined]);
  });
});
