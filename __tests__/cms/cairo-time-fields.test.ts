/** @jest-environment node */
import type { SelectField } from 'payload';
import { IN_CAIRO_TIME } from '@/cms/in-cairo-time';

// The zone Payload keeps beside a date (`publishedAt_tz`), as it builds it before our override.
const baseField: SelectField = { name: 'publishedAt_tz', type: 'select', label: 'Published At Tz', options: [{ label: 'Africa/Cairo', value: 'Africa/Cairo' }], defaultValue: 'Africa/Cairo', admin: { hidden: true } };

describe('a date an editor sets is Cairo’s', () => {
  it('offers one zone, Cairo, and takes it when none is given', () => {
    if (IN_CAIRO_TIME === true) throw new Error('IN_CAIRO_TIME must name its zone');
    expect(IN_CAIRO_TIME.supportedTimezones).toEqual([{ label: 'Africa/Cairo', value: 'Africa/Cairo' }]);
    expect(IN_CAIRO_TIME.defaultTimezone).toBe('Africa/Cairo');
  });

  it('keeps the zone out of the lists’ columns and filters, and named in the editor’s language', () => {
    if (IN_CAIRO_TIME === true || !IN_CAIRO_TIME.override) throw new Error('IN_CAIRO_TIME must override the zone field');
    const field = IN_CAIRO_TIME.override({ baseField }) as SelectField;
    expect(field.admin).toMatchObject({ hidden: true, disableListColumn: true, disableListFilter: true });
    expect(field.options).toEqual(baseField.options);
    const label = field.label as (args: { t: (key: string) => string }) => string;
    expect(label({ t: (key) => (key === 'general:timezone' ? 'المنطقة الزمنية' : key) })).toBe('المنطقة الزمنية');
  });
});
