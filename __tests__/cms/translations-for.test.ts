/** @jest-environment node */
import { newsroomTextFor } from '@/cms/translations';

describe('newsroomTextFor: a newsroom message outside the admin, in the admin’s language', () => {
  it('answers in Arabic unless the admin was last used in English', () => {
    expect(newsroomTextFor(new Headers(), 'previewLogIn')).toBe('سجّل الدخول إلى غرفة الأخبار لمعاينة الخبر.');
    expect(newsroomTextFor(new Headers({ cookie: 'a=1; payload-lng=en' }), 'previewLogIn')).toBe('Log in to the newsroom to preview a story.');
    expect(newsroomTextFor(new Headers({ cookie: 'payload-lng=ar' }), 'previewNoStory')).toBe('لا يوجد خبر بهذا المعرّف.');
    // Another cookie that merely ends in the name does not count.
    expect(newsroomTextFor(new Headers({ cookie: 'xpayload-lng=en' }), 'previewNoStory')).toBe('لا يوجد خبر بهذا المعرّف.');
  });
});
