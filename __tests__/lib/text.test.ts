import { hasBidiControls, hasControlCharacters, otherEditionLanguage, rightToLeftLine, scriptRuns, withoutBidiControls } from '@/lib/text';
import { escapeXml } from '@/lib/feeds/xml';
import { articleMetadata, pageMetadata } from '@/lib/metadata';
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/structured-data';
import { shareText } from '@/lib/share';
import { makeArticle } from '../support/content';

const RLO = '\u202E';
const hostile = `صورة ${RLO}gpj.exe \u2067معزول\u2069 \u202Aمضمن\u202C`;
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

describe('control characters in typed text', () => {
  it('are found in a line of text, a line break and a tab included, and the separators U+2028/U+2029', () => {
    for (const text of ['عاجل\u0007', 'سطر\nسطر', 'عمود\tعمود', 'فاصل\u2028سطر', 'فقرة\u2029', '\u0085', '\u007F']) expect([text, hasControlCharacters(text)]).toEqual([text, true]);
  });

  it('leave text of several lines its line breaks and tabs, and Arabic its marks and joiners', () => {
    expect(hasControlCharacters('سطر\r\nسطر\tعمود', { lines: true })).toBe(false);
    expect(hasControlCharacters('فاصل\u2028سطر', { lines: true })).toBe(true);
    expect(hasControlCharacters('\u200Fنص\u200E و\u061Cعلامة\u200C\u200D «الوفد» — ١٢٣')).toBe(false);
  });
});

describe('bidi controls in text shown to readers', () => {
  it('are found and removed, while the marks Arabic text needs stay', () => {
    expect(hasBidiControls(hostile)).toBe(true);
    expect(withoutBidiControls(hostile)).toBe('صورة gpj.exe معزول مضمن');
    const marks = '\u200Fنص\u200E و\u061Cعلامة';
    expect(hasBidiControls(marks)).toBe(false);
    expect(withoutBidiControls(marks)).toBe(marks);
  });

  it('never reach a feed, a title, a preview, JSON-LD or a share text', () => {
    expect(escapeXml(hostile)).not.toMatch(CONTROLS);
    const page = pageMetadata({ locale: 'ar', title: hostile, description: hostile, path: '/', languages: {}, card: '/c.jpg', cardAlt: hostile });
    expect(JSON.stringify(page)).not.toMatch(CONTROLS);
    const article = makeArticle(1, { title: hostile, summary: hostile, tags: [hostile], byline: { name: hostile, kind: 'desk' } });
    expect(JSON.stringify(articleMetadata(article, {}))).not.toMatch(CONTROLS);
    expect(serializeJsonLd(newsArticleJsonLd(article, { home: 'h' }))).not.toMatch(CONTROLS);
    expect(shareText(hostile, 'ar')).toBe(`\u200F${withoutBidiControls(hostile)}`);
  });
});

describe('bidi controls on the social card', () => {
  it('are dropped before Pango draws the headline and section', async () => {
    const drawn: unknown[] = [];
    await jest.isolateModulesAsync(async () => {
      jest.doMock('@/lib/social-card/card', () => ({
        ...jest.requireActual('@/lib/social-card/card'),
        renderCard: async (content: unknown) => (drawn.push(content), Buffer.from('')),
      }));
      const { renderArticleCard, renderPageCard } = await import('@/lib/social-card');
      await renderArticleCard(makeArticle(1, { title: hostile, image: null }));
      await renderPageCard('ar', { headline: hostile, kicker: hostile });
    });
    expect(drawn).toHaveLength(2);
    expect(JSON.stringify(drawn)).not.toMatch(CONTROLS);
    expect(JSON.stringify(drawn)).toContain('gpj.exe');
  });
});

describe('rightToLeftLine: an Arabic line as it leaves the page', () => {
  it('leads with an RLM only an Arabic line that opens with a Latin word, so apps lay it out right to left', () => {
    expect(rightToLeftLine('SpaceX تخطط للاكتتاب العام', 'ar')).toBe('\u200FSpaceX تخطط للاكتتاب العام');
    expect(rightToLeftLine('«Meta» تعلن', 'ar')).toBe('\u200F«Meta» تعلن');
    expect(rightToLeftLine('2026: عام الانتخابات', 'ar')).toBe('2026: عام الانتخابات');
    // Arabic-Indic digits and the Arabic comma have no direction of their own: the first letter is Latin.
    expect(rightToLeftLine('٢٠٢٦، SpaceX تخطط', 'ar')).toBe('\u200F٢٠٢٦، SpaceX تخطط');
    expect(rightToLeftLine('الوفد يكتب عن SpaceX', 'ar')).toBe('الوفد يكتب عن SpaceX');
    expect(rightToLeftLine('SpaceX plans to go public', 'en')).toBe('SpaceX plans to go public');
  });
});

describe('words in the other edition’s script', () => {
  const english = (text: string) => scriptRuns(text, 'ar').filter((run) => run.lang === 'en').map((run) => run.text);
  it('are whole names, with the marks inside them, but not the Arabic sentence’s punctuation or numbers', () => {
    expect(english('شركة OpenAI. ثم GPT-4o و AT&T و iPhone 15 و Dr. Smith، ثم U.S. Steel')).toEqual(['OpenAI', 'GPT-4o', 'AT&T', 'iPhone', 'Dr. Smith', 'U.S. Steel']);
    expect(english('لا كلمة لاتينية هنا 2026')).toEqual([]);
  });
  it('keep a name’s closing "+" and lay such a name out apart, left to right — and only such a name', () => {
    const runs = scriptRuns('أطلقت Disney+ خدمتها، و Apple TV+ و C++ و iPhone 17 مع Canal+.', 'ar').filter((run) => run.lang === 'en');
    expect(runs).toEqual([
      { text: 'Disney+', lang: 'en', dir: 'ltr' },
      { text: 'Apple TV+', lang: 'en', dir: 'ltr' },
      { text: 'C++', lang: 'en', dir: 'ltr' },
      // Not isolated: "17" follows the name on screen only while the bidi algorithm sees them together.
      { text: 'iPhone', lang: 'en' },
      { text: 'Canal+', lang: 'en', dir: 'ltr' },
    ]);
  });
  it('cut the text without losing or moving a character', () => {
    const text = '«SpaceX» تخطط، و The Wall Street Journal تقول.';
    expect(scriptRuns(text, 'ar').map((run) => run.text).join('')).toBe(text);
    expect(scriptRuns('Al-Wafd (الوفد) daily', 'en')).toEqual([{ text: 'Al-Wafd (' }, { text: 'الوفد', lang: 'ar' }, { text: ') daily' }]);
  });
});

describe('otherEditionLanguage: a whole text in the other edition’s script', () => {
  it('names the language only when every letter is in it', () => {
    expect(otherEditionLanguage('صورة زرقاء، 2026.', 'en')).toBe('ar');
    expect(otherEditionLanguage('The Wall Street Journal', 'ar')).toBe('en');
    expect(otherEditionLanguage('A blue picture', 'en')).toBeUndefined();
    expect(otherEditionLanguage('صاروخ SpaceX', 'en')).toBeUndefined();
    expect(otherEditionLanguage('صاروخ SpaceX', 'ar')).toBeUndefined();
    expect(otherEditionLanguage('2026', 'en')).toBeUndefined();
    expect(otherEditionLanguage('', 'ar')).toBeUndefined();
  });
});
