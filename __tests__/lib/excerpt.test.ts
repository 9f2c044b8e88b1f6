import { ELLIPSIS, excerpt } from '@/lib/excerpt';

const ARABIC = 'تقلبات أسعار القمح في الأسواق العالمية لا تبقى بعيدة عن المائدة المصرية؛ نشرح كيف تنتقل هذه التقلبات إلى فاتورة الاستيراد والموازنة العامة.';
const ENGLISH = 'Elon Musk is preparing to take SpaceX public to fund AI data centres in orbit, amid major technical obstacles.';

/** Every word of the excerpt (the ellipsis removed) is a whole word of the original. */
function wholeWords(cut: string, original: string): boolean {
  const words = new Set(original.split(/\s+/));
  const shown = cut.replace(ELLIPSIS, '').split(' ');
  // The last word may have lost punctuation that followed it.
  return shown.every((word, i) => words.has(word) || (i === shown.length - 1 && [...words].some((w) => w.startsWith(word))));
}

describe('excerpt: summaries shortened at a word boundary', () => {
  it('leaves a text that fits untouched (apart from runs of spaces)', () => {
    expect(excerpt('قصير  جدًا', 40)).toBe('قصير جدًا');
    expect(excerpt(ENGLISH, ENGLISH.length)).toBe(ENGLISH);
  });

  it('cuts Arabic between words, never inside one, and ends with one ellipsis character', () => {
    for (const max of [20, 37, 41, 60, 99]) {
      const cut = excerpt(ARABIC, max);
      expect(Array.from(cut).length).toBeLessThanOrEqual(max + 1);
      expect(cut.endsWith(ELLIPSIS)).toBe(true);
      expect(wholeWords(cut, ARABIC)).toBe(true);
    }
    // "القمح" ends at character 18: a limit of 18 keeps it whole, 17 drops it.
    expect(excerpt(ARABIC, 18)).toBe('تقلبات أسعار القمح…');
    expect(excerpt(ARABIC, 17)).toBe('تقلبات أسعار…');
  });

  it('cuts English between words', () => {
    expect(excerpt(ENGLISH, 30)).toBe('Elon Musk is preparing to take…');
    expect(excerpt(ENGLISH, 31)).toBe('Elon Musk is preparing to take…');
    expect(excerpt(ENGLISH, 37)).toBe('Elon Musk is preparing to take SpaceX…');
  });

  it('never leaves punctuation, dots or an open quote before the ellipsis: no "....", no "،…"', () => {
    expect(excerpt('من أسوان إلى خليج السويس.. لماذا تراهن الاستثمارات على الشمس', 25)).toBe('من أسوان إلى خليج السويس…');
    expect(excerpt('أولًا، ثانيًا، ثالثًا، رابعًا', 15)).toBe('أولًا، ثانيًا…');
    expect(excerpt('Wait... there is more to say here', 9)).toBe('Wait…');
    expect(excerpt('He said "the end is near" today', 11)).toBe('He said…');
    expect(excerpt('Prices rose 3.5 percent in U.S. markets', 14)).toBe('Prices rose…');
    expect(excerpt('Prices rose 3.5 percent in U.S. markets', 28)).toBe('Prices rose 3.5 percent in…');
    expect(excerpt('المائدة المصرية؛ نشرح كيف', 16)).toBe('المائدة المصرية…');
    for (const max of [5, 10, 15, 20, 25, 30]) {
      expect(excerpt('نقاط.... ونقاط… ونقاط... وأكثر من ذلك بكثير', max)).not.toMatch(/[.…]{2,}|\.…/);
    }
  });

  it('keeps a quote or bracket that closes before the cut, so none opens without closing', () => {
    expect(excerpt('وصف الوزير القرار بأنه «تاريخي» وقال إن العمل يبدأ غدًا', 31)).toBe('وصف الوزير القرار بأنه «تاريخي»…');
    expect(excerpt('وصف الوزير القرار بأنه « تاريخي » وقال إن العمل يبدأ غدًا', 33)).toBe('وصف الوزير القرار بأنه « تاريخي »…');
    expect(excerpt('The minister called the plan “historic” and said work begins', 39)).toBe('The minister called the plan “historic”…');
    expect(excerpt('He said "the end is near" today and left', 26)).toBe('He said "the end is near"…');
    expect(excerpt("The writers' union met (again) on Sunday", 30)).toBe("The writers' union met (again)…");
    expect(excerpt('قال الوزير (في بيان رسمي) إن الموعد ثابت', 25)).toBe('قال الوزير (في بيان رسمي)…');
    // Opened where the text is cut: dropped, whatever kind of quote or bracket.
    expect(excerpt('وصف الوزير القرار بأنه «تاريخي» وقال', 24)).toBe('وصف الوزير القرار بأنه…');
    expect(excerpt("He said 'the end is near' today", 9)).toBe('He said…');
    expect(excerpt('The plan (a long one) begins', 10)).toBe('The plan…');
  });

  it('prints an editor’s runs of dots as one ellipsis, cut or not, and keeps the two-dot pause', () => {
    expect(excerpt('انتهى الأمر.... أو لم ينته...', 80)).toBe('انتهى الأمر… أو لم ينته…');
    expect(excerpt('Wait.…. what', 80)).toBe('Wait… what');
    expect(excerpt('السويس.. لماذا', 80)).toBe('السويس.. لماذا');
  });

  it('keeps a single word longer than the limit whole', () => {
    expect(excerpt('Supercalifragilistic expialidocious', 5)).toBe(`Supercalifragilistic${ELLIPSIS}`);
  });
});
