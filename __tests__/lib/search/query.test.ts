import { MAX_QUERY_LENGTH, parseSearchPage, parseSearchQuery } from '@/lib/search/query';

describe('parseSearchQuery', () => {
  it('reads no query, or only spaces, as the empty search page', () => {
    for (const raw of [undefined, '', '   ', '\t\n', []]) expect(parseSearchQuery(raw)).toEqual({ kind: 'empty' });
  });

  it('takes the first of a repeated ?q=', () => {
    expect(parseSearchQuery(['مصر', 'junk'])).toEqual({ kind: 'ok', text: 'مصر' });
  });

  it('accepts up to MAX_QUERY_LENGTH characters as the reader counts them, and refuses one more', () => {
    expect(MAX_QUERY_LENGTH).toBe(200);
    const longest = `${'مصر '.repeat(49)}مصرا`;
    expect([...longest]).toHaveLength(200);
    expect(parseSearchQuery(longest).kind).toBe('ok');
    // Refused, with its first 200 characters kept for the box, where the reader shortens it.
    expect(parseSearchQuery(`${longest}ا`)).toEqual({ kind: 'too-long', length: 201, text: longest });
    expect(parseSearchQuery('x'.repeat(1000))).toEqual({ kind: 'too-long', length: 1000, text: 'x'.repeat(200) });
    // An emoji is one character to the reader (two UTF-16 units).
    expect(parseSearchQuery(`مصر ${'😀'.repeat(196)}`)).toEqual({ kind: 'ok', text: 'مصر' });
  });

  it('strips bidi controls, invisible format characters and emoji, and collapses spaces', () => {
    expect(parseSearchQuery('\u202Eمصر\u202C  \u200Fاليوم\u2066 😀👍🏽 \u200D')).toEqual({ kind: 'ok', text: 'مصر اليوم' });
    expect(parseSearchQuery('a\tb\ncairo')).toEqual({ kind: 'ok', text: 'a b cairo' });
  });

  it('calls junk what has nothing to search for: punctuation, emoji, bidi controls, stop-words, single letters', () => {
    for (const raw of ['!!!', '؟؟ ،،', '😀🎉', '\u202E\u202C', 'في من إلى هذا', 'the of and', 'ب و', '"*"']) {
      expect([raw, parseSearchQuery(raw).kind]).toEqual([raw, 'junk']);
    }
  });

  it('searches a name, a number, or a word among stop-words', () => {
    expect(parseSearchQuery('2026').kind).toBe('ok');
    expect(parseSearchQuery('علي').kind).toBe('ok');
    expect(parseSearchQuery('في المدرسة')).toEqual({ kind: 'ok', text: 'في المدرسة' });
  });
});

describe('parseSearchPage', () => {
  it('reads plain page numbers and treats anything else as page 1', () => {
    expect(parseSearchPage('2')).toBe(2);
    expect(parseSearchPage(['3', '4'])).toBe(3);
    for (const raw of [undefined, '', '0', '-1', '01', '1.5', 'x', '100000', []]) expect(parseSearchPage(raw)).toBe(1);
  });
});
