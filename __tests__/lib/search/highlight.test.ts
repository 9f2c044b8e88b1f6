import { highlight } from '@/lib/search/highlight';
import { terms } from '@/lib/search/normalize';

const marked = (text: string, query: string) =>
  highlight(text, terms(query))
    .map((s) => (s.hit ? `[${s.text}]` : s.text))
    .join('');

describe('highlight', () => {
  it('marks the words the query matched in any of their spellings, leaving the text exactly as written', () => {
    expect(marked('مُصْطَفَى يزور المدرسة في ٢٠٢٦', 'مصطفي المدرسه 2026')).toBe('[مُصْطَفَى] يزور [المدرسة] في [٢٠٢٦]');
    expect(marked('والانتخابات البرلمانية', 'الانتخابات')).toBe('[والانتخابات] البرلمانية');
  });

  it('marks a compound name written apart whole, for the name typed either way', () => {
    expect(marked('استقبل عبد الفتاح الوفد', 'عبدالفتاح')).toBe('استقبل [عبد] [الفتاح] الوفد');
    expect(marked('استقبل عبدالفتاح الوفد', 'عبد الفتاح')).toBe('استقبل [عبدالفتاح] الوفد');
    // The first word alone, before no name it matched, stays unmarked.
    expect(marked('عبد الرحمن وعبد الفتاح', 'عبد الفتاح')).toBe('عبد الرحمن [وعبد] [الفتاح]');
  });

  it('marks other forms of a word found by its stem, and nothing else', () => {
    expect(marked('انتخاب رئيس الجامعة', 'الانتخابات')).toBe('[انتخاب] رئيس الجامعة');
    // The hamza on another seat (Egyptian «مسئولية», standard «مسؤولية»): the stem matches both.
    expect(marked('مسئولية الحكومة', 'مسؤولية')).toBe('[مسئولية] الحكومة');
  });

  it('marks a word for a query copied from a Qur’an app (Uthmani marks), and a whole Uthmani word for a plain query', () => {
    // U+06E1 for the sukun: the query's word is one word, found in the plain headline.
    expect(marked('أسعار الطاقة ترتفع', 'ٱلۡطَّاقَةُ')).toBe('أسعار [الطاقة] ترتفع');
    // The whole word is marked, marks and all, not the piece before a U+06E1.
    expect(marked('ٱلۡحَمۡدُ لِلَّهِ', 'الحمد')).toBe('[ٱلۡحَمۡدُ] لِلَّهِ');
  });

  it('never marks a stop-word, even one the reader typed', () => {
    expect(marked('في القاهرة', 'في القاهرة')).toBe('في [القاهرة]');
  });

  it('joins nothing and loses nothing: punctuation and spaces come back as they were', () => {
    const text = 'Cairo, "Giza" — <b>Aswan</b>!';
    const segments = highlight(text, terms('aswan cairo'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['Cairo', 'Aswan']);
  });

  it('judges each word by its own query: what one query marked, another, or the same one again, marks by itself', () => {
    const headline = 'الحكومة تناقش الموازنة';
    // The twenty results of a page share one query's judgements; pages of other queries must not.
    const government = terms('الحكومة');
    expect(highlight(headline, government).filter((s) => s.hit).map((s) => s.text)).toEqual(['الحكومة']);
    expect(highlight(headline, terms('الموازنة')).filter((s) => s.hit).map((s) => s.text)).toEqual(['الموازنة']);
    expect(highlight(`${headline} والحكومة`, government).filter((s) => s.hit).map((s) => s.text)).toEqual(['الحكومة', 'والحكومة']);
  });
});
