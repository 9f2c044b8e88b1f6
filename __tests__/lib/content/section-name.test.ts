import { sectionInSentence } from '@/lib/content/section-name';

describe('sectionInSentence: a section’s name inside a sentence', () => {
  it('gives a bare Arabic noun its article («المزيد من الاقتصاد», not «من اقتصاد»)', () => {
    expect(sectionInSentence('اقتصاد', 'ar')).toBe('الاقتصاد');
    expect(sectionInSentence('أخبار', 'ar')).toBe('الأخبار');
    expect(sectionInSentence(' رياضة ', 'ar')).toBe('الرياضة');
  });

  it('leaves a name that has it, or of more than one word, as the newsroom wrote it', () => {
    expect(sectionInSentence('الحوادث', 'ar')).toBe('الحوادث');
    expect(sectionInSentence('مقالات الرأي', 'ar')).toBe('مقالات الرأي');
  });

  it('leaves English names alone', () => {
    expect(sectionInSentence('Economy', 'en')).toBe('Economy');
  });
});
