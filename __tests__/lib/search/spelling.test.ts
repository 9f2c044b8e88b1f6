import { correctedAsWritten } from '@/lib/search/spelling';

describe('correctedAsWritten: the suggestion of a search that found nothing, as a reader writes it', () => {
  const found = ['افتتاح المدرسة الجديدة في أسيوط', 'والمدرسة الجديدة تستقبل تلاميذها، ومدرسة أخرى في الطريق'];

  it('keeps the words the reader typed right, and spells each replaced one as the stories do', () => {
    // The index's spelling of the respelled query: ة as ه, no ال, no hamza.
    expect(correctedAsWritten('المدرسة الجدبدة', 'مدرسه جديده', found)).toBe('المدرسة الجديدة');
    expect(correctedAsWritten('أسيوظ', 'اسيوط', found)).toBe('أسيوط');
  });

  it('takes the shortest way the stories write a word: no clitic, no harakat', () => {
    expect(correctedAsWritten('مدرسه', 'مدرسه', found)).toBe('مدرسه');
    expect(correctedAsWritten('مدرصة', 'مدرسه', found)).toBe('المدرسة');
    expect(correctedAsWritten('مدرصة', 'مدرسه', [...found, 'بناء مدرسة'])).toBe('مدرسة');
    expect(correctedAsWritten('مدرصة', 'مدرسه', ['والمدرسةُ الجديدة'])).toBe('والمدرسة');
  });

  it('names no suggestion when no headline or summary shows how the word is written (the index’s folded form is not Arabic)', () => {
    expect(correctedAsWritten('تساءلت', 'تساولات', found)).toBeUndefined();
    expect(correctedAsWritten('المدرسة قطارت', 'مدرسه قطارات', found)).toBeUndefined();
  });

  it('pairs each misspelled word with its own respelling, whatever the respelled list’s order or repeats', () => {
    // Two typings of one word share one respelled word; the list comes one of each.
    expect(correctedAsWritten('مدرصة مدرسة أسيوظ', 'مدرسه اسيوط', found)).toBe('المدرسة مدرسة أسيوط');
    expect(correctedAsWritten('أسيوظ المدرصة', 'مدرسه اسيوط', found)).toBe('أسيوط المدرسة');
  });

  it('answers a reader who typed in lower case in lower case', () => {
    expect(correctedAsWritten('econmy', 'economy', ['Economy grows'])).toBe('economy');
    expect(correctedAsWritten('Econmy', 'economy', ['Economy grows'])).toBe('Economy');
  });

  it('keeps stop words and untouched words where the reader put them', () => {
    expect(correctedAsWritten('المدرسة في أسيوظ', 'مدرسه اسيوط', found)).toBe('المدرسة في أسيوط');
  });

  it('names a name in Latin letters once, as the stories write it, for the Arabic words a reader typed it in', () => {
    const texts = ['SpaceX تطلق صاروخًا', 'تقرير The Wall Street Journal'];
    expect(correctedAsWritten('صاروخ سبيس إكس', 'صاروخ spacex', texts)).toBe('صاروخ SpaceX');
    expect(correctedAsWritten('سبيس إكس صاروخ', 'spacex صاروخ', texts)).toBe('SpaceX صاروخ');
    expect(correctedAsWritten('وول ستريت جورنال', 'wall street journal', texts)).toBe('Wall Street Journal');
    // «سبيس» shares trigrams with «سباق», a word the reader typed right: the name is still what it became.
    expect(correctedAsWritten('سبيس إكس سباق', 'spacex سباق', ['SpaceX تكسب سباق الفضاء'])).toBe('SpaceX سباق');
  });
});
