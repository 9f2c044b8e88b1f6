import { site } from '@/lib/site';
import type { Bi, Noun } from './types';

/**
 * The generated columnists' names (invented combinations of common Egyptian names, transliterated
 * the way Egyptian papers spell them in English), their columns' titles and short bios, and the
 * desks that sign every other story.
 */

export const FIRST_NAMES: readonly Noun[] = [
  { ar: 'محمد', en: 'Mohamed', g: 'm' }, { ar: 'أحمد', en: 'Ahmed', g: 'm' }, { ar: 'محمود', en: 'Mahmoud', g: 'm' },
  { ar: 'مصطفى', en: 'Mostafa', g: 'm' }, { ar: 'علاء', en: 'Alaa', g: 'm' }, { ar: 'سامح', en: 'Sameh', g: 'm' },
  { ar: 'هاني', en: 'Hany', g: 'm' }, { ar: 'عمرو', en: 'Amr', g: 'm' }, { ar: 'ياسر', en: 'Yasser', g: 'm' },
  { ar: 'شريف', en: 'Sherif', g: 'm' }, { ar: 'نادية', en: 'Nadia', g: 'f' }, { ar: 'منى', en: 'Mona', g: 'f' },
  { ar: 'سلوى', en: 'Salwa', g: 'f' }, { ar: 'هبة', en: 'Heba', g: 'f' }, { ar: 'إيمان', en: 'Eman', g: 'f' },
  { ar: 'رانيا', en: 'Rania', g: 'f' }, { ar: 'طارق', en: 'Tarek', g: 'm' }, { ar: 'خالد', en: 'Khaled', g: 'm' },
  { ar: 'عادل', en: 'Adel', g: 'm' }, { ar: 'وائل', en: 'Wael', g: 'm' }, { ar: 'داليا', en: 'Dalia', g: 'f' },
  { ar: 'نهى', en: 'Noha', g: 'f' }, { ar: 'حسام', en: 'Hossam', g: 'm' }, { ar: 'أيمن', en: 'Ayman', g: 'm' },
];

export const LAST_NAMES: readonly Bi[] = [
  { ar: 'عبد الرحمن', en: 'Abdel Rahman' }, { ar: 'الشريف', en: 'El-Sherif' }, { ar: 'السيد', en: 'El-Sayed' },
  { ar: 'فؤاد', en: 'Fouad' }, { ar: 'رشدي', en: 'Roshdy' }, { ar: 'البنا', en: 'El-Banna' },
  { ar: 'عبد العزيز', en: 'Abdel Aziz' }, { ar: 'حمدي', en: 'Hamdy' }, { ar: 'الجمال', en: 'El-Gammal' },
  { ar: 'منصور', en: 'Mansour' }, { ar: 'سليمان', en: 'Soliman' }, { ar: 'عبد الله', en: 'Abdallah' },
  { ar: 'النجار', en: 'El-Naggar' }, { ar: 'زكي', en: 'Zaki' }, { ar: 'الشناوي', en: 'El-Shennawy' },
  { ar: 'عثمان', en: 'Osman' }, { ar: 'حلمي', en: 'Helmy' }, { ar: 'المصري', en: 'El-Masry' },
];

export const COLUMNS: readonly Bi[] = [
  { ar: 'كلمة حق', en: 'A Word of Truth' }, { ar: 'نقطة نظام', en: 'Point of Order' },
  { ar: 'رأي حر', en: 'Free Opinion' }, { ar: 'على الهامش', en: 'On the Margin' },
  { ar: 'بدون رتوش', en: 'Unretouched' }, { ar: 'من القلب', en: 'From the Heart' },
  { ar: 'خارج النص', en: 'Off Script' }, { ar: 'سطور', en: 'Lines' },
  { ar: 'وجهة نظر', en: 'Point of View' }, { ar: 'أوراق', en: 'Papers' },
  { ar: 'ضوء أحمر', en: 'Red Light' }, { ar: 'قضايا وآراء', en: 'Issues and Views' },
  { ar: 'حديث الأربعاء', en: 'Wednesday Talk' }, { ar: 'مجرد رأي', en: 'Just an Opinion' },
  { ar: 'بصراحة', en: 'Frankly' }, { ar: 'كل يوم', en: 'Every Day' },
  { ar: 'في الصميم', en: 'To the Core' }, { ar: 'لقطة', en: 'Snapshot' },
  { ar: 'همسة', en: 'A Whisper' }, { ar: 'مساحة حرة', en: 'Open Space' },
  { ar: 'بين السطور', en: 'Between the Lines' }, { ar: 'صباح الخير يا مصر', en: 'Good Morning, Egypt' },
  { ar: 'حبر على ورق', en: 'Ink on Paper' }, { ar: 'رؤية', en: 'Vision' },
  { ar: 'شاهد عيان', en: 'Eyewitness' }, { ar: 'نافذة', en: 'Window' },
  { ar: 'علامة استفهام', en: 'Question Mark' }, { ar: 'للحقيقة وجه آخر', en: 'The Other Side of the Truth' },
  { ar: 'كلام في الاقتصاد', en: 'Talking Economics' }, { ar: 'ملعب الكلام', en: 'Talking Sport' },
];

/** Short bios, masculine and feminine in Arabic. */
export const BIOS: readonly { ar: readonly [string, string]; en: string }[] = [
  { ar: ['كاتب صحفي ومحلل سياسي.', 'كاتبة صحفية ومحللة سياسية.'], en: 'Journalist and political analyst.' },
  { ar: ['كاتب صحفي متخصص في الشؤون الاقتصادية.', 'كاتبة صحفية متخصصة في الشؤون الاقتصادية.'], en: 'Journalist specialising in economic affairs.' },
  { ar: ['أستاذ جامعي وكاتب في الشأن العام.', 'أستاذة جامعية وكاتبة في الشأن العام.'], en: 'University professor who writes on public affairs.' },
  { ar: ['ناقد رياضي وكاتب عمود أسبوعي.', 'ناقدة رياضية وكاتبة عمود أسبوعي.'], en: 'Sports critic and weekly columnist.' },
  { ar: ['كاتب متخصص في قضايا التكنولوجيا والمجتمع.', 'كاتبة متخصصة في قضايا التكنولوجيا والمجتمع.'], en: 'Writer on technology and society.' },
];

/** Desks by section slug, in each edition; stories outside these sections get the portal's name. */
export const DESKS: Readonly<Record<string, Bi>> = {
  news: { ar: 'قسم الأخبار', en: 'News Desk' },
  economy: { ar: 'قسم الاقتصاد', en: 'Economy Desk' },
  technology: { ar: 'قسم التكنولوجيا', en: 'Technology Desk' },
  sports: { ar: 'القسم الرياضي', en: 'Sports Desk' },
  opinion: { ar: 'رأي الوفد', en: 'Al-Wafd Opinion' },
};

export const PORTAL: Bi = site.desk;
export const AGENCIES: Bi = { ar: 'وكالات', en: 'Agencies' };
