/** @jest-environment node */
import { CARD_DESIGN } from '@/lib/social-card/names';
import { pageCardPath, parseCardFile, sectionCardPath, sectionCardVersion, tagCardPath, writerCardPath, writerCardVersion } from '@/lib/social-card';
import { tagFromSegment, tagSegment } from '@/lib/social-card/tag-segment';
import { makeWriter, SECTIONS, WRITER } from '../../support/content';

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

describe('a section’s card name', () => {
  const ECONOMY = SECTIONS.find((section) => section.slug === 'economy')!;

  it('changes with what the card shows in that edition — the name, the name in its sentence — and with nothing else', () => {
    const version = sectionCardVersion(ECONOMY, 'ar');
    expect(sectionCardVersion({ ...ECONOMY, name: { ...ECONOMY.name, ar: 'مال وأعمال' } }, 'ar')).not.toBe(version);
    expect(sectionCardVersion({ ...ECONOMY, inSentence: { ...ECONOMY.inSentence, ar: 'المال' } }, 'ar')).not.toBe(version);
    // «الاقتصاد» is what the rule makes of «اقتصاد» anyway: entering it changes nothing drawn.
    expect(sectionCardVersion({ ...ECONOMY, inSentence: { ...ECONOMY.inSentence, ar: 'الاقتصاد' } }, 'ar')).toBe(version);
    // The English words are not on the Arabic card.
    expect(sectionCardVersion({ ...ECONOMY, name: { ...ECONOMY.name, en: 'Money' }, inSentence: {} }, 'ar')).toBe(version);
  });

  it('is read back as the section and version it was written with', () => {
    const path = sectionCardPath('en', ECONOMY);
    expect(path).toMatch(/^\/cards\/section-en-economy-[0-9a-f]{10}\.jpg$/);
    expect(parseCardFile(fileOf(path))).toEqual({ kind: 'section', locale: 'en', slug: 'economy', version: sectionCardVersion(ECONOMY, 'en') });
  });

  it('never names the front page’s card, even for a section slugged “home”', () => {
    const home = { slug: 'home', name: { ar: 'بيت وأسرة', en: 'Home & Family' } };
    expect(parseCardFile(fileOf(sectionCardPath('ar', home)))).toMatchObject({ kind: 'section', slug: 'home' });
    expect(parseCardFile(fileOf(pageCardPath('ar', 'home')))).toEqual({ kind: 'home', locale: 'ar', design: CARD_DESIGN });
  });

  it('reads its old unversioned name as the section with a version no card has, so it moves on', () => {
    const old = parseCardFile('ar-economy-d3.jpg');
    expect(old).toMatchObject({ kind: 'section', locale: 'ar', slug: 'economy' });
    expect(old).not.toMatchObject({ version: sectionCardVersion(ECONOMY, 'ar') });
  });

  it('names only slugs a section’s page could have', () => {
    for (const bad of ['section-ar-Economy-0123456789.jpg', 'section-ar-economy2-0123456789.jpg', 'section-fr-economy-0123456789.jpg', 'section-ar-economy-012345678.jpg', 'section-ar-economy-d3.jpg', 'section-ar--0123456789.jpg', `section-ar-${'a'.repeat(31)}-0123456789.jpg`]) {
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
