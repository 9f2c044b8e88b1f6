/** @jest-environment node */
import { formatDistance } from 'date-fns';
import { ar as arabicDates } from 'date-fns/locale/ar';
import { initI18n } from '@payloadcms/translations';
import { ar } from '@payloadcms/translations/languages/ar';
import { en } from '@payloadcms/translations/languages/en';
import { translations } from '@/cms/translations';

/** The admin's Arabic as Payload builds it from its own words and ours (payload.config.ts). */
async function arabic() {
  // The same settings as payload.config.ts' i18n.
  const config = { supportedLanguages: { ar, en }, fallbackLanguage: 'ar' as const, translations };
  return initI18n({ config: config as Parameters<typeof initI18n>[0]['config'], context: 'client', language: 'ar' });
}

describe('the admin in Arabic: what Payload says after a save, in an empty list and on unpublishing', () => {
  it('reads right for a masculine and a feminine label alike', async () => {
    const { t } = await arabic();
    expect(t('general:successfullyCreated', { label: 'خبر' })).toBe('تم إنشاء خبر بنجاح.');
    expect(t('general:successfullyCreated', { label: 'صورة' })).toBe('تم إنشاء صورة بنجاح.');
    expect(t('general:creatingNewLabel', { label: 'صورة' })).toBe('إنشاء صورة');
    expect(t('fields:addNewLabel', { label: 'صورة' })).toBe('إنشاء صورة');
    expect(t('version:restoredSuccessfully')).toBe('تمّت الاستعادة بنجاح.');
    expect(t('general:noResults', { label: 'الأخبار' })).toBe('لا شيء في الأخبار: لم يُضف شيء بعد، أو لا شيء يطابق ما حددته أعلاه.');
    expect(t('version:unpublish')).toBe('إلغاء النشر');
    expect(t('version:aboutToUnpublish')).toBe('أنت على وشك إلغاء نشر هذا الخبر، فيختفي عن القراء. هل أنت متأكد؟');
    // Payload's own words stay where ours say nothing.
    expect(t('general:save')).toBe(ar.translations.general.save);
  });
});

describe('the admin in Arabic: words Payload left in English, or misspelled', () => {
  it('says them in Arabic: a list row’s fold button, the story text’s link form', async () => {
    const { t } = await arabic();
    for (const key of ['fields:toggleBlock', 'fields:customURL', 'fields:enterURL', 'fields:chooseBetweenCustomTextOrDocument'] as const) {
      expect(t(key)).not.toMatch(/[A-Za-z]/);
    }
    expect(t('fields:enterURL')).toBe('أدخل الرابط');
  });
});

describe('the admin in Arabic: an empty cell, a link to a story, unpublishing and restoring', () => {
  it('reads as Arabic, and says what each does to readers', async () => {
    const { t } = await arabic();
    expect(t('general:noLabel', { label: 'القسم' })).toBe('—');
    expect(t('fields:linkedTo', { label: 'خبر - عنوانه' }).replace(/<[^>]*>?/g, '')).toBe('مرتبط بـخبر - عنوانه');
    expect(t('fields:chooseDocumentToLink')).toBe('اختر الخبر الذي يُربط به');
    expect(t('version:unpublishedSuccessfully')).toBe('أُلغي النشر: الخبر لم يعد عند القراء.');
    expect(t('version:confirmVersionRestoration')).toBe('تأكيد استعادة النسخة');
    expect(t('version:aboutToRestore', { label: 'خبر', versionDate: '7 ديسمبر 2026' })).toBe('سيعود الخبر إلى ما كان عليه في 7 ديسمبر 2026؛ وإن كانت تلك النسخة منشورة فهي ما يراه القراء فورًا.');
    expect(t('version:aboutToRevertToPublished')).toBe('ستعود إلى النسخة المنشورة، وتُترك المسودة التي لم تُنشر. هل أنت متأكد؟');
    // A version's age, as the versions' comparison says it with date-fns' Arabic (Payload's formatTimeToNow).
    for (const [minutes, age] of [[2, 'مرّ عليها دقيقتان'], [5, 'مرّ عليها 5 دقائق'], [2 * 24 * 60, 'مرّ عليها يومان']] as const) {
      expect(t('version:versionAgo', { distance: formatDistance(0, minutes * 60_000, { locale: arabicDates }) })).toBe(age);
    }
    expect(t('error:documentNotFound', { id: 'abc' })).toBe('لا شيء هنا بالرقم abc: ربما حُذف، أو لم يكن قط، أو لا يتيح لك حسابك فتحه.');
  });
});

describe('the admin in Arabic: bulk actions, a field’s length, a value taken, a refusal to someone signed in', () => {
  it('reads as Arabic whatever the count, and says what happened', async () => {
    const { t } = await arabic();
    // «تم تحديث 3 الأخبار بنجاح» is no Arabic; said without a number's agreement.
    expect(t('general:updatedCountSuccessfully', { count: 3, label: 'الأخبار' })).toBe('عدد ما حُدِّث من الأخبار: 3.');
    expect(t('general:deletedCountSuccessfully', { count: 11, label: 'الأخبار' })).toBe('عدد ما حُذف من الأخبار: 11.');
    expect(t('general:aboutToDeleteCount', { count: 3, label: 'الأخبار' })).toBe('عدد ما ستحذفه من الأخبار: 3. هل أنت متأكد؟');
    // «… الذي هو 60 أحرف».
    expect(t('validation:shorterThanMax', { maxLength: 60 })).toBe('هذا النص أطول من المسموح: أقصى ما يقبله الحقل 60 من الأحرف.');
    expect(t('error:valueMustBeUnique')).toBe('هذه القيمة مستعملة من قبل: اختر غيرها.');
    expect(t('error:unauthorized')).not.toMatch(/عليك أن تقوم بتسجيل/);
    expect(t('general:noResultsDescription')).toBe('لا شيء هنا بعد، أو لا شيء يطابق ما حددته أعلاه.');
    expect(t('version:draftHasPublishedVersion')).toBe('مسودة (نُشرت نسخة منه من قبل)');
  });
});

describe('the admin in Arabic: a yes-or-no column and a number out of range', () => {
  it('says «نعم / لا» (Payload: «صحيح / كاذب», "liar"), and the allowed range in a sentence that fits a number and a count', async () => {
    const { t } = await arabic();
    expect([t('general:true'), t('general:false')]).toEqual(['نعم', 'لا']);
    expect(t('validation:lessThanMin', { label: t('general:value'), min: 1400, value: 1399 })).toBe('1399 أقل مما يقبله الحقل: أدناه 1400.');
    expect(t('validation:greaterThanMax', { label: t('general:value'), max: 2, value: 3 })).toBe('3 أكثر مما يقبله الحقل: أقصاه 2.');
    // The same words for a list's count (a story's 13th tag of 12): no «العدد» the editor never typed.
    expect(t('validation:greaterThanMax', { label: t('general:rows'), max: 12, value: 13 })).toBe('13 أكثر مما يقبله الحقل: أقصاه 12.');
  });
});
