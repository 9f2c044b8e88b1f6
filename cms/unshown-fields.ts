import type { Field } from 'payload';

/** Renders nothing in the versions' comparison (cms/components/NoDiff.tsx). */
const NO_DIFF = '/cms/components/NoDiff#NoDiff';

/**
 * A field the form never shows (hidden, or disabled: search keys, who saved last) is left out of the
 * versions' comparison too. Payload compares every field there: a story's versions showed the folded
 * search key as a second «العنوان» and the accounts of who saved it by their e-mail addresses, to
 * editors who may not read accounts (the form names them: cms/hooks/who-saved).
 */
export function unshownInVersions(fields: Field[]): Field[] {
  return fields.map((field) => {
    const admin = field.admin as { hidden?: boolean; disabled?: boolean; components?: Record<string, unknown> } | undefined;
    if (admin?.hidden || admin?.disabled) return { ...field, admin: { ...admin, components: { ...admin.components, Diff: NO_DIFF } } } as Field;
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: unshownInVersions(field.fields) } as Field;
    return field;
  });
}
