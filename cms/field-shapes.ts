import type { Field } from 'payload';

/**
 * What a field's value must be before anything reads it. Payload's own checks take a select's
 * value as chosen when it is not a string (`"edition": {"a": 1}`), and its hooks lowercase an
 * e-mail or date a Hijri year before any validator runs: an object, a list or a number where the
 * newsroom's form sends text reached those hooks or the database's enum and came back as a 500.
 * Checked once, for every collection and global, before the operation starts (cms/hooks/field-shapes).
 */
export type Shape = 'text' | 'texts' | 'choice' | 'choices' | 'date' | 'number' | 'numbers' | 'yesNo' | 'list' | 'group';

export type Misshapen = { path: string; shape: Shape };

const isText = (value: unknown) => typeof value === 'string';
const isDate = (value: unknown) => typeof value === 'string' || value instanceof Date;
// Payload turns "12" into 12 itself (fields/hooks/beforeValidate): only what is neither is refused.
const isNumber = (value: unknown) => typeof value === 'number' || typeof value === 'string';
// Likewise "true" and "false", and "" as false.
const isYesNo = (value: unknown) => typeof value === 'boolean' || value === 'true' || value === 'false' || value === '';
// The admin sends a list whose last row was removed as its count of rows, 0; Payload reads it as no rows.
const isNoRows = (value: unknown) => value === 0 || value === '0';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isListOf = (value: unknown, item: (value: unknown) => boolean) => Array.isArray(value) && value.every(item);

/** What a sign-in, a forgotten or reset password and an unlock read from the body: text, each. */
export const CREDENTIALS: Field[] = ['email', 'username', 'password', 'token'].map((name) => ({ name, type: 'text' }));

/** The first value in `data` whose shape its field cannot take, by its dotted path; undefined when all fit. */
export function misshapenValue(fields: readonly Field[], data: unknown, prefix = ''): Misshapen | undefined {
  if (!isRecord(data)) return undefined;
  for (const field of fields) {
    const found = misshapenField(field, data, prefix);
    if (found) return found;
  }
  return undefined;
}

function misshapenField(field: Field, data: Record<string, unknown>, prefix: string): Misshapen | undefined {
  // Fields that only arrange others (a row, a collapsible, an unnamed group or tab) keep their values at this level.
  if (field.type === 'row' || field.type === 'collapsible') return misshapenValue(field.fields, data, prefix);
  if (field.type === 'tabs') {
    for (const tab of field.tabs) {
      const found = 'name' in tab && tab.name ? nested(tab.fields, data[tab.name], `${prefix}${tab.name}`) : misshapenValue(tab.fields, data, prefix);
      if (found) return found;
    }
    return undefined;
  }
  if (field.type === 'group' && !('name' in field && field.name)) return misshapenValue(field.fields, data, prefix);
  if (!('name' in field) || !field.name) return undefined;

  const value = data[field.name];
  const path = `${prefix}${field.name}`;
  if (value === undefined || value === null) return undefined;
  const wrong = (shape: Shape): Misshapen => ({ path, shape });
  switch (field.type) {
    case 'text':
    case 'select':
    case 'radio': {
      // Text and a choice are both strings; a refusal says which the field takes.
      const [one, many]: [Shape, Shape] = field.type === 'text' ? ['text', 'texts'] : ['choice', 'choices'];
      if ('hasMany' in field && field.hasMany) return isListOf(value, isText) ? undefined : wrong(many);
      return isText(value) ? undefined : wrong(one);
    }
    case 'textarea':
    case 'email':
    case 'code':
      return isText(value) ? undefined : wrong('text');
    case 'date':
      return isDate(value) ? undefined : wrong('date');
    case 'number':
      if (field.hasMany) return isListOf(value, isNumber) ? undefined : wrong('numbers');
      return isNumber(value) ? undefined : wrong('number');
    case 'checkbox':
      return isYesNo(value) ? undefined : wrong('yesNo');
    case 'group':
      return nested(field.fields, value, path);
    case 'array': {
      if (isNoRows(value)) return undefined;
      // Payload drops empty rows (null) itself.
      if (!isListOf(value, (row) => row === null || isRecord(row))) return wrong('list');
      for (const [i, row] of (value as unknown[]).entries()) {
        const found = misshapenValue(field.fields, row, `${path}.${i}.`);
        if (found) return found;
      }
      return undefined;
    }
    default:
      // Relationships, uploads and rich text have their own checks (cms/validation, lib/content/lexical).
      return undefined;
  }
}

function nested(fields: readonly Field[], value: unknown, path: string): Misshapen | undefined {
  if (value === undefined || value === null) return undefined;
  return isRecord(value) ? misshapenValue(fields, value, `${path}.`) : { path, shape: 'group' };
}
