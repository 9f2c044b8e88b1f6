import { DateLine } from '@/components/layout/DateLine';
import { serverHtml } from '../../support/render';

const TODAY = { day: '2026-11-29', hijri: { year: 1448, month: 6, day: 19 } };
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('DateLine', () => {
  it('prints the issue’s Arabic line: weekday, Egyptian month, Hijri date, Western digits', () => {
    const html = serverHtml(<DateLine locale="ar" today={TODAY} />);
    expect(text(html)).toBe('الأحد 29 نوفمبر 2026 — 19 جمادى الآخرة 1448 هـ');
    expect(html).toContain('<time dateTime="2026-11-29">');
  });

  it('prints the English line with the Hijri month transliterated', () => {
    expect(text(serverHtml(<DateLine locale="en" today={TODAY} />, 'en'))).toBe('Sunday 29 November 2026 — 19 Jumada al-Akhirah 1448 AH');
  });

  it('names every Hijri month in both editions, each by its own name', () => {
    const AR = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];
    const EN = ['Muharram', 'Safar', 'Rabi al-Awwal', 'Rabi al-Akhir', 'Jumada al-Ula', 'Jumada al-Akhirah', 'Rajab', 'Shaban', 'Ramadan', 'Shawwal', 'Dhu al-Qadah', 'Dhu al-Hijjah'];
    for (let month = 1; month <= 12; month++) {
      const today = { ...TODAY, hijri: { ...TODAY.hijri, month } };
      expect(text(serverHtml(<DateLine locale="ar" today={today} />))).toBe(`الأحد 29 نوفمبر 2026 — 19 ${AR[month - 1]} 1448 هـ`);
      expect(text(serverHtml(<DateLine locale="en" today={today} />, 'en'))).toBe(`Sunday 29 November 2026 — 19 ${EN[month - 1]} 1448 AH`);
    }
  });
});
