/** @jest-environment node */
import { CARD_DESIGN } from '@/lib/social-card/names';
import { parseCardFile, tagCardPath, writerCardPath, writerCardVersion } from '@/lib/social-card';
import { tagFromSegment, tagSegment } from '@/lib/social-card/tag-segment';
import { makeWriter, WRITER } from '../../support/content';

const fileOf = (path: string) => path.slice('/cards/'.length);

describe('a writer’s card name', () => {
  it('changes with what the card shows in that edition — name, column, photo — and with nothing else', () => {
    const version = writerCardVersion(WRITER, 'ar');
    expect(writerCardVersion({ ...WRITER, name: { ...WRITER.name, ar: 'اسم آخر' } }, 'ar')).not.toBe(version);
    expect(writerCardVersion({ ...WRITER, column: {} }, 'ar')).not.toBe(version);
    expect(writerCardVersion({ ...WRITER, photo: { ...WRITER.photo!, src: '/images/writers/new.webp' } }, 'ar')).not.toBe(version);
    expect(writerCardVersion({ ...WRITER, photo: undefined }, 'ar')).not.toBe(version);
    // The other edition's words and the bio are not on the Arabic card.
    const elsewhere = makeWriter(WRITER.slug, { name: { ...WRITER.name, en: 'Another Name' }, bio: {} });
    expect(writerCardVersion(elsewhere, 'ar')).toBe(version);
  });

  it('is read back as the writer and version it was written with', () => {
    const writer = makeWriter('omar-2-el-sayed');
    const path = writerCardPath('en', writer);
    expect(path).toMatch(/^\/cards\/writer-en-omar-2-el-sayed-[0-9a-f]{10}\.jpg$/);
    expect(parseCardFile(fileOf(path))).toEqual({ kind: 'writer', locale: 'en', slug: 'omar-2-el-sayed', version: writerCardVersion(writer, 'en') });
  });

  it('names only slugs a writer’s page could have', () => {
    for (const bad of ['writer-ar-Salma-0123456789.jpg', 'writer-ar-salma_x-0123456789.jpg', 'writer-fr-salma-0123456789.jpg', 'writer-ar-salma-012345678.jpg', 'writer-ar--0123456789.jpg', `writer-ar-${'a'.repeat(61)}-0123456789.jpg`]) {
      expect(parseCardFile(bad)).toBeUndefined();
    }
  });
});

describe('a tag’s card name', () => {
  // '???>>>' is spelled Pz8_Pj4-: the hyphen before the design is not the segment's own.
  it.each(['الذكاء الاصطناعي', 'U.S. Steel', '..x', '100%', 'x', 'a'.repeat(60), 'وسم 😀', '???>>>'])('carries “%s” in one segment and back', (tag) => {
    const path = tagCardPath('ar', tag);
    expect(path).toMatch(new RegExp(`^/cards/tag-ar-[A-Za-z0-9_-]+-${CARD_DESIGN}\\.jpg$`));
    expect(parseCardFile(fileOf(path))).toEqual({ kind: 'tag', locale: 'ar', tag, design: CARD_DESIGN });
  });

  it('writes a tag as links spell it (NFC): one card for both spellings', () => {
    expect(tagCardPath('en', 'Cafe\u0301')).toBe(tagCardPath('en', 'Caf\u00e9'));
  });

  it('takes only the one spelling it writes, and only tags a tag page could name', () => {
    const good = tagSegment('ab');
    const bytes = (...b: number[]) => Buffer.from(b).toString('base64url');
    for (const bad of [
      `${good}=`, // padding
      'YWJj=', 'YR', // stray bits: decodes to "a", but "YQ" is its spelling
      `${good}+`, 'YW/j', // base64's own letters, not base64url's
      `${good}*`,
      bytes(0xc3, 0x28), // not UTF-8
      bytes(0xef, 0xbb, 0xbf, 0x61), // a byte-order mark the decoder would drop
      bytes(0xed, 0xa0, 0x80), // a lone surrogate
      tagSegment('\u0000x'), tagSegment('a\u202eb'), tagSegment('a\u2067b'), // control and bidi characters
      Buffer.from('Cafe\u0301').toString('base64url'), // not NFC
      tagSegment('a'.repeat(61)),
    ]) {
      expect(tagFromSegment(bad)).toBeUndefined();
      expect(parseCardFile(`tag-ar-${bad}-d2.jpg`)).toBeUndefined();
    }
    for (const bad of [`tag-fr-${good}-d2.jpg`, `tag-ar-${good}-2.jpg`, `tag-ar-${good}.jpg`, `tag-ar--d2.jpg`, `tag-ar-${good}-d2.png`, `tag-ar-${'A'.repeat(401)}-d2.jpg`]) {
      expect(parseCardFile(bad)).toBeUndefined();
    }
  });
});
