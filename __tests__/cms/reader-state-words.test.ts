/** @jest-environment node */
import { READER_STATE_WORDS, translations } from '@/cms/translations';
import { READER_STATES } from '@/lib/content/reader-state';

describe('the words the stories’ list shows for what readers get', () => {
  it('name each state apart, in Arabic and in English', () => {
    for (const language of ['ar', 'en'] as const) {
      const words = READER_STATES.map((state) => translations[language].alwafd[READER_STATE_WORDS[state]]);
      expect(words.every((word) => typeof word === 'string' && word.trim().length > 0)).toBe(true);
      // A scheduled, a withdrawn and a never-published story must not read alike.
      expect(new Set(words).size).toBe(READER_STATES.length);
    }
    expect(READER_STATES.map((state) => translations.ar.alwafd[READER_STATE_WORDS[state]])).toEqual(['منشور للقراء', 'مجدول', 'مسحوب من القراء', 'لم يُنشر']);
    expect(READER_STATES.map((state) => translations.en.alwafd[READER_STATE_WORDS[state]])).toEqual(['Live', 'Scheduled', 'Withdrawn', 'Not published']);
  });
});
