import { sectionInSentence } from '@/lib/content/section-name';

const named = (ar: string, en = 'Section', inSentence?: { ar?: string; en?: string }) => ({ name: { ar, en }, ...(inSentence && { inSentence }) });

describe('sectionInSentence: a section’s name inside a sentence', () => {
  it('gives a bare Arabic noun its article («المزيد من الاقتصاد», not «من اقتصاد»)', () => {
    expect(sectionInSentence(named('اقتصاد'), 'ar')).toBe('الاقتصاد');
    expect(sectionInSentence(named('أخبار'), 'ar')).toBe('الأخبار');
    expect(sectionInSentence(named(' رياضة '), 'ar')).toBe('الرياضة');
  });

  it('leaves a name that has it, of more than one word, or in Latin letters as the newsroom wrote it', () => {
    expect(sectionInSentence(named('الحوادث'), 'ar')).toBe('الحوادث');
    expect(sectionInSentence(named('مقالات الرأي'), 'ar')).toBe('مقالات الرأي');
    expect(sectionInSentence(named('Tech'), 'ar')).toBe('Tech');
  });

  it('takes what the newsroom entered over the rule: a proper noun takes no article («مصر», never «المصر»)', () => {
    expect(sectionInSentence(named('مصر', 'Egypt', { ar: 'مصر' }), 'ar')).toBe('مصر');
    expect(sectionInSentence(named('فن', 'Arts', { ar: ' الفن والثقافة ', en: ' arts coverage ' }), 'en')).toBe('arts coverage');
    expect(sectionInSentence(named('مقالات الرأي', 'Opinion', { en: 'opinion pieces' }), 'en')).toBe('opinion pieces');
    expect(sectionInSentence(named('فن', 'Arts', { ar: ' الفن والثقافة ' }), 'ar')).toBe('الفن والثقافة');
    expect(sectionInSentence(named('اقتصاد', 'Economy', { ar: '  ' }), 'ar')).toBe('الاقتصاد');
  });

  it('names in English what a section publishes, where the newsroom entered nothing: the name and "news", its case kept', () => {
    // "The latest Economy from Al-Wafd" is not English; "Egypt" must keep its capital.
    expect(sectionInSentence(named('اقتصاد', 'Economy'), 'en')).toBe('Economy news');
    expect(sectionInSentence(named('مصر', 'Egypt'), 'en')).toBe('Egypt news');
    expect(sectionInSentence(named('أخبار', ' News '), 'en')).toBe('News');
    expect(sectionInSentence(named('عاجل', 'Breaking news'), 'en')).toBe('Breaking news');
    expect(sectionInSentence(named('اقتصاد', 'Economy', { en: '  ' }), 'en')).toBe('Economy news');
  });
});
