import { modifiedAt } from '@/lib/content/types';
import { makeArticle } from '../../support/content';

describe('modifiedAt: when a story last changed for its readers', () => {
  const story = makeArticle(1, { publishedAt: '2026-11-20T09:00:00+02:00', updatedAt: '2026-11-21T09:00:00+02:00' });

  it('is the last revision while there is no correction', () => {
    expect(modifiedAt(story)).toBe('2026-11-21T09:00:00+02:00');
  });

  it('is the correction’s date when it came after the last revision', () => {
    expect(modifiedAt({ ...story, correction: { text: 'تصحيح.', at: '2026-12-01T10:00:00+02:00' } })).toBe('2026-12-01T10:00:00+02:00');
  });

  it('stays the revision when the story was revised after its correction', () => {
    expect(modifiedAt({ ...story, correction: { text: 'تصحيح.', at: '2026-11-20T18:00:00+02:00' } })).toBe('2026-11-21T09:00:00+02:00');
  });

  it('compares instants, not strings: 08:30 UTC is after 10:00 in Cairo', () => {
    const revised = { ...story, updatedAt: '2026-12-01T10:00:00+02:00' };
    expect(modifiedAt({ ...revised, correction: { text: 'x', at: '2026-12-01T08:30:00Z' } })).toBe('2026-12-01T08:30:00Z');
    expect(modifiedAt({ ...revised, correction: { text: 'x', at: '2026-12-01T07:30:00Z' } })).toBe('2026-12-01T10:00:00+02:00');
  });
});
