import type { ArrayFieldValidation, FieldHook, GlobalBeforeOperationHook, GlobalConfig } from 'payload';
import { array } from 'payload/shared';
import { cairoDate, cairoDayStart } from '@/lib/cairo-time';
import { formatDate, TIME_ZONE } from '@/lib/format';
import { admins, staff } from '../access';
import { revalidateGlobal } from '../hooks/revalidate';
import { calendarDate, DAY_ONLY } from '../dates';
import { IN_CAIRO_TIME } from '../in-cairo-time';
import { editorsLanguage, newsroomText } from '../translations';
import { plainText } from '../validation';

const localizedText = (name: string, label: { ar: string; en: string }) => ({
  name,
  label,
  type: 'group' as const,
  fields: [
    { name: 'ar', label: { ar: 'بالعربية', en: 'Arabic' }, type: 'text' as const, required: true, maxLength: 120, validate: plainText },
    { name: 'en', label: { ar: 'بالإنجليزية', en: 'English' }, type: 'text' as const, required: true, maxLength: 120, validate: plainText },
  ],
});

/** Where a save notes which of its terms came with Cairo's zone beside their day (`req.context`). */
const PICKED_DAYS = 'mastheadPickedDays';

/**
 * Notes, before Payload fills in the zone's default, which terms were sent with the zone: the
 * admin's day picker sends it; a client of the API sending a time on purpose need not.
 */
const notePickedDays: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update') return args;
  const terms = (args as { data?: { terms?: unknown } }).data?.terms;
  const withZone = (term: unknown) => typeof term === 'object' && term !== null && (term as { effectiveFrom_tz?: unknown }).effectiveFrom_tz === TIME_ZONE;
  req.context[PICKED_DAYS] = Array.isArray(terms) ? terms.flatMap((term, row) => (withZone(term) ? [row] : [])) : [];
  return args;
};

/**
 * A day picked in the admin means that day from its start in Cairo. The picker shows and picks days
 * in Cairo's calendar (IN_CAIRO_TIME: a computer on UTC showed a term from 8 December as 7 December)
 * and sends the day at a time of its own (noon in the editor's zone, carried into Cairo's clock), with
 * the zone beside it: a day newly picked so becomes its Cairo midnight, or the new masthead would
 * reach the site at noon. A time sent without the zone (through the API, on purpose) is kept, and so
 * is any time already stored, sent back unchanged.
 */
const startOfPickedDay: FieldHook = ({ context, path, previousValue, value }) => {
  const picked = (context[PICKED_DAYS] as number[] | undefined)?.includes(Number(path[1])) === true;
  const changed = typeof value === 'string' && value !== previousValue && Number.isFinite(Date.parse(value));
  return picked && changed ? cairoDayStart(cairoDate(value)).toISOString() : value;
};

/**
 * Which term is in force is told by the terms' days (lib/content/masthead): two terms without a day,
 * or two from the same day, leave it to chance, and the history cannot place the one left out.
 * Refused under `terms`. (The admin's form counts rows only; the rows are checked on the server.)
 */
const termsInTime: ArrayFieldValidation = (value, options) => {
  if (Array.isArray(value)) {
    const starts = (value as { effectiveFrom?: unknown }[]).map((term) => term?.effectiveFrom);
    if (starts.filter((start) => !start).length > 1) return newsroomText(options.req, 'mastheadUndatedTerms');
    // A day picked in the admin is a time in its Cairo day, the same day as its start; a date that is none is its field's to refuse.
    const days = starts.filter((start): start is string => typeof start === 'string' && Number.isFinite(Date.parse(start))).map(cairoDate);
    const twice = days.find((day, i) => days.indexOf(day) !== i);
    if (twice) return newsroomText(options.req, 'mastheadSameDay', { day: formatDate(cairoDayStart(twice).toISOString(), editorsLanguage(options.req)) });
  }
  return array(value, options);
};

/**
 * The masthead through time: each edition of it (who led the paper from which day) is kept, so
 * the current one is printed on every page and the history at /masthead. Only admins edit it;
 * every save is also kept as a version (who changed what, and when).
 */
export const Masthead: GlobalConfig = {
  slug: 'masthead',
  label: { ar: 'هيئة التحرير', en: 'Masthead' },
  admin: { group: { ar: 'الإعداد', en: 'Setup' } },
  // The newsroom's: a term entered ahead of its date (an appointment not yet announced) must not be
  // readable before /masthead shows it, and /masthead shows only terms in force.
  access: { read: staff, update: admins },
  versions: { max: 100 },
  hooks: { beforeOperation: [notePickedDays], afterChange: [revalidateGlobal('masthead')] },
  fields: [
    {
      name: 'terms',
      label: { ar: 'التشكيلات', en: 'Terms' },
      labels: { singular: { ar: 'تشكيل', en: 'Term' }, plural: { ar: 'التشكيلات', en: 'Terms' } },
      type: 'array',
      minRows: 1,
      required: true,
      validate: termsInTime,
      fields: [
        {
          name: 'effectiveFrom',
          label: { ar: 'ساري من', en: 'Effective from' },
          type: 'date',
          validate: calendarDate,
          // The oldest term on record may have no known start: it is shown as "until …" only.
          admin: {
            date: DAY_ONLY,
            description: { ar: 'يومٌ بتقويم القاهرة: يسري التشكيل من أول ذلك اليوم.', en: 'A day in Cairo’s calendar: the term takes effect from its start.' },
          },
          timezone: IN_CAIRO_TIME,
          hooks: { beforeChange: [startOfPickedDay] },
        },
        {
          name: 'entries',
          label: { ar: 'الأسماء', en: 'Names' },
          // Each row's heading in the admin ("Entry 01" without this).
          labels: { singular: { ar: 'اسم', en: 'Name' }, plural: { ar: 'الأسماء', en: 'Names' } },
          type: 'array',
          minRows: 1,
          required: true,
          fields: [localizedText('role', { ar: 'المنصب', en: 'Role' }), localizedText('name', { ar: 'الاسم', en: 'Name' })],
        },
      ],
    },
  ],
};
