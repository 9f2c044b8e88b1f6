import type { ArrayField, GlobalConfig, NumberFieldSingleValidation } from 'payload';
import { number } from 'payload/shared';
import { editors, staff } from '../access';
import { revalidateGlobal } from '../hooks/revalidate';
import { editorsLanguage, newsroomText } from '../translations';
import { plainText } from '../validation';
import { impossibleMonths, MAX_OFFSET_DAYS, type HijriOffset } from '@/lib/hijri';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

/** The months as the date line names them (messages/*.json): editors pick the words readers read. */
const MONTHS: [ar: string, en: string][] = Object.keys(ar.DateLine.months).map((n) => [
  (ar.DateLine.months as Record<string, string>)[n]!,
  (en.DateLine.months as Record<string, string>)[n]!,
]);

type Row = { year?: number | null; month?: string | null; days?: number | null };

/** Payload's own checks (required, −2..2) first, then: a whole number of days, and a correction is never 0. */
const validateDays: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options);
  if (base !== true) return base;
  return Number.isInteger(value) && value !== 0 ? true : newsroomText(options.req, 'hijriDays');
};

/** The Hijri years a correction may name: the calendar's table (lib/hijri) covers them. */
const YEARS = { min: 1400, max: 1600 };

/** Payload's range check first, then a whole year: 1447.5 was saved, and never matched a month. */
const validateYear: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options);
  if (base !== true) return base;
  return Number.isInteger(value) ? true : newsroomText(options.req, 'hijriYear', YEARS);
};

/** A month as the editor picked it, «رمضان 1447 هـ» / "Ramadan 1447 AH", not "1447/9". */
const monthNamed = (req: Parameters<typeof newsroomText>[0] & Parameters<typeof editorsLanguage>[0], { year, month }: { year: number; month: number }): string =>
  newsroomText(req, 'hijriMonth', { name: MONTHS[month - 1]![editorsLanguage(req) === 'en' ? 1 : 0], year });

/** A row each of whose values its own field accepts; the others are refused under those fields. */
const isComplete = (row: Row): boolean =>
  Number.isInteger(row.year) && Number(row.year) >= YEARS.min && Number(row.year) <= YEARS.max &&
  typeof row.month === 'string' && Number(row.month) >= 1 && Number(row.month) <= MONTHS.length &&
  Number.isInteger(row.days) && Math.abs(Number(row.days)) <= MAX_OFFSET_DAYS;

/**
 * One entry per month, and no entry that would give a month of 28 or 31 days — judged on complete
 * rows only: a year of 10^12 reached the calendar's arithmetic and came back as a 500.
 */
const validateOffsets: ArrayField['validate'] = (value, { req }) => {
  const rows = ((value ?? []) as Row[]).filter(isComplete);
  const offsets: HijriOffset[] = rows.map((row) => ({ year: Number(row.year), month: Number(row.month), days: Number(row.days) }));
  const keys = offsets.map((o) => `${o.year}/${o.month}`);
  const repeated = offsets.find((o, i) => keys.indexOf(keys[i]!) !== i);
  if (repeated) return newsroomText(req, 'hijriRepeated', { month: monthNamed(req, repeated) });
  const [wrong] = impossibleMonths(offsets);
  return wrong ? newsroomText(req, 'hijriMonthLength', { month: monthNamed(req, wrong), days: wrong.days }) : true;
};

/**
 * The Hijri calendar as Egypt keeps it: the months Egypt began on another day than Umm al-Qura
 * (Dar al-Ifta's sighting), each with its offset in days. The date line under the masthead reads
 * it (lib/hijri). Editors keep it; every save expires the pages' date lines.
 */
export const Hijri: GlobalConfig = {
  slug: 'hijri',
  label: { ar: 'التقويم الهجري', en: 'Hijri calendar' },
  admin: {
    group: { ar: 'الإعداد', en: 'Setup' },
    description: {
      ar: 'الأشهر التي بدأت في مصر (برؤية دار الإفتاء) في يوم غير يوم تقويم أم القرى. الفرق −1 يعني أن الشهر بدأ في مصر بعد أم القرى بيوم.',
      en: 'Months Egypt began (by Dar al-Ifta’s sighting) on another day than the Umm al-Qura calendar. An offset of −1 means the month began in Egypt a day after Umm al-Qura.',
    },
  },
  access: { read: staff, update: editors },
  versions: { max: 50 },
  hooks: { afterChange: [revalidateGlobal('hijri')] },
  fields: [
    {
      name: 'offsets',
      label: { ar: 'تصحيحات الأشهر', en: 'Month corrections' },
      labels: { singular: { ar: 'تصحيح', en: 'Correction' }, plural: { ar: 'تصحيحات', en: 'Corrections' } },
      type: 'array',
      validate: validateOffsets,
      fields: [
        { name: 'year', label: { ar: 'السنة الهجرية', en: 'Hijri year' }, type: 'number', required: true, ...YEARS, admin: { step: 1 }, validate: validateYear },
        {
          name: 'month',
          label: { ar: 'الشهر', en: 'Month' },
          type: 'select',
          required: true,
          options: MONTHS.map(([ar, en], i) => ({ value: String(i + 1), label: { ar, en } })),
        },
        {
          name: 'days',
          label: { ar: 'الفرق بالأيام عن أم القرى', en: 'Days from Umm al-Qura' },
          type: 'number',
          required: true,
          min: -MAX_OFFSET_DAYS,
          max: MAX_OFFSET_DAYS,
          admin: { step: 1 },
          validate: validateDays,
        },
        { name: 'source', label: { ar: 'المصدر', en: 'Source' }, type: 'text', required: true, maxLength: 120, validate: plainText },
      ],
    },
  ],
};
