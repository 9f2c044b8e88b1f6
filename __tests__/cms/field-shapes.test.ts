/** @jest-environment node */
import type { Field } from 'payload';
import { misshapenValue } from '@/cms/field-shapes';

// A collection's fields of every kind the newsroom's collections and globals use.
const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'summary', type: 'textarea' },
  { name: 'email', type: 'email' },
  { type: 'row', fields: [{ name: 'edition', type: 'select', options: ['ar', 'en'] }] },
  { name: 'keywords', type: 'select', hasMany: true, options: ['a', 'b'] },
  { name: 'publishedAt', type: 'date' },
  { name: 'position', type: 'number' },
  { name: 'featured', type: 'checkbox' },
  { name: 'correction', type: 'group', fields: [{ name: 'note', type: 'text' }] },
  {
    name: 'offsets',
    type: 'array',
    fields: [
      { name: 'year', type: 'number' },
      { name: 'month', type: 'select', options: ['1', '2'] },
    ],
  },
  { name: 'section', type: 'relationship', relationTo: 'sections' },
];

const pathOf = (data: unknown) => misshapenValue(fields, data)?.path;

describe('values of the wrong kind', () => {
  it('lets through what the newsroom’s form sends, and what it leaves out or empties', () => {
    const story = {
      title: 'عنوان',
      summary: 'ملخص',
      email: 'desk@alwafd.news',
      edition: 'ar',
      keywords: ['a'],
      publishedAt: '2026-12-03T06:00:00.000Z',
      position: 3,
      featured: true,
      correction: { note: 'صُحّح' },
      offsets: [{ year: 1448, month: '1' }],
      section: 4,
    };
    expect(pathOf(story)).toBeUndefined();
    expect(pathOf({})).toBeUndefined();
    expect(pathOf({ title: null, correction: null, offsets: null, edition: undefined })).toBeUndefined();
    // Payload reads these itself as their kind: "3" as 3, "false" and "" as false, a Date from the Local API.
    expect(pathOf({ position: '3', featured: 'false', publishedAt: new Date() })).toBeUndefined();
    expect(pathOf({ featured: '' })).toBeUndefined();
    // The admin's form sends a list whose last row was removed as 0 (its count of rows), and Payload drops null rows.
    expect(pathOf({ offsets: 0 })).toBeUndefined();
    expect(pathOf({ offsets: '0' })).toBeUndefined();
    expect(pathOf({ offsets: [null, { year: 1448, month: '1' }] })).toBeUndefined();
  });

  it('names a text, e-mail or choice sent as an object, a list or a number', () => {
    expect(misshapenValue(fields, { title: { a: 1 } })).toEqual({ path: 'title', shape: 'text' });
    expect(pathOf({ summary: ['x'] })).toBe('summary');
    expect(pathOf({ email: { a: 1 } })).toBe('email');
    expect(misshapenValue(fields, { edition: { a: 1 } })).toEqual({ path: 'edition', shape: 'choice' });
    expect(pathOf({ edition: ['ar'] })).toBe('edition');
    expect(misshapenValue(fields, { publishedAt: 20261203 })).toEqual({ path: 'publishedAt', shape: 'date' });
  });

  it('names a list of choices that is not a list of texts', () => {
    expect(misshapenValue(fields, { keywords: 'a' })).toEqual({ path: 'keywords', shape: 'choices' });
    expect(pathOf({ keywords: ['a', { b: 1 }] })).toBe('keywords');
  });

  it('names a number or a yes-or-no sent as an object', () => {
    expect(misshapenValue(fields, { position: { a: 1 } })).toEqual({ path: 'position', shape: 'number' });
    expect(misshapenValue(fields, { featured: 'yes' })).toEqual({ path: 'featured', shape: 'yesNo' });
    expect(pathOf({ featured: 1 })).toBe('featured');
  });

  it('names a group or a list of rows that is neither, and a wrong value inside one by its full path', () => {
    expect(misshapenValue(fields, { correction: 'صُحّح' })).toEqual({ path: 'correction', shape: 'group' });
    expect(misshapenValue(fields, { offsets: { a: 1 } })).toEqual({ path: 'offsets', shape: 'list' });
    expect(pathOf({ offsets: ['1448'] })).toBe('offsets');
    expect(pathOf({ offsets: 2 })).toBe('offsets');
    expect(pathOf({ correction: { note: 5 } })).toBe('correction.note');
    expect(pathOf({ offsets: [{ year: 1448, month: '1' }, { year: { a: 1 } }] })).toBe('offsets.1.year');
  });

  it('leaves relations and fields it does not know to their own checks, and a body that is no object to Payload', () => {
    expect(pathOf({ section: { id: 4 } })).toBeUndefined();
    expect(pathOf({ unknown: { a: 1 } })).toBeUndefined();
    expect(pathOf('not an object')).toBeUndefined();
  });
});
