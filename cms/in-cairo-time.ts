import type { DateField } from 'payload';
import { TIME_ZONE } from '@/lib/format';

/**
 * A time an editor sets or reads on a story, or a masthead term's day, is Cairo's, as readers see it
 * printed, whatever zone the editor's computer keeps: without this the picker showed and read times
 * in the browser's zone, so a correspondent in London who scheduled a story for "08:00" published it
 * at 10:00 in Cairo (11:00 in summer), and the stories list showed her the times in London's. Payload
 * keeps the zone beside each date (`<field>_tz`); with one zone offered it is always Cairo, and its
 * picker is not shown (app/(payload)/custom.css): the field's description says the time is Cairo's.
 */
export const IN_CAIRO_TIME: NonNullable<DateField['timezone']> = {
  defaultTimezone: TIME_ZONE,
  supportedTimezones: [{ label: TIME_ZONE, value: TIME_ZONE }],
  // Not a column or a filter of its own: it is the same for every story.
  override: ({ baseField }) => ({
    ...baseField,
    label: ({ t }) => t('general:timezone'),
    admin: { ...baseField.admin, disableListColumn: true, disableListFilter: true },
  }),
};
