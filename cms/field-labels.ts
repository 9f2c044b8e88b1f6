import { getTranslation } from '@payloadcms/translations';
import type { AfterErrorHook, FlattenedField, PayloadRequest } from 'payload';

type Refusal = { path: string; message: string; label?: string };
type Owner = { collection: string } | { global: string };
type Translating = Pick<PayloadRequest, 'i18n' | 't'>;

/** A field's label as the admin prints it, in the editor's language (Payload's own translator; its key without one). */
function translatedLabel(label: unknown, name: string, req: Translating): string {
  return label ? String(getTranslation(label as Parameters<typeof getTranslation>[0], req.i18n)) : name;
}

/**
 * The field at a refusal's path named as Payload's own validation names it in the notice above the
 * form: «تصحيح > الموعد» for `correction.at`, «التشكيلات 2 > ساري من» for `terms.1.from`. A path
 * past the fields (inside a story's text) is named by the last field it passes; none, undefined.
 */
export function fieldLabel(fields: readonly FlattenedField[], path: string, req: Translating): string | undefined {
  const names: string[] = [];
  let level: readonly FlattenedField[] = fields;
  // After a list's name comes a row's index: Payload counts it on the list's label, from 1.
  let rows: 'counted' | 'uncounted' | undefined;
  for (const segment of path.split('.')) {
    if (rows && /^\d+$/.test(segment)) {
      if (rows === 'counted') names[names.length - 1] += ` ${Number(segment) + 1}`;
      rows = undefined;
      continue;
    }
    const field = level.find((candidate) => candidate.name === segment);
    if (!field) break;
    // A field shown without a label adds nothing to the name, its rows' numbers neither (as Payload's).
    const labelled = field.label !== false;
    if (labelled) names.push(translatedLabel(field.label, field.name, req));
    rows = field.type === 'array' || field.type === 'blocks' ? (labelled ? 'counted' : 'uncounted') : undefined;
    level = 'flattenedFields' in field ? field.flattenedFields : [];
  }
  return names.length ? names.join(' > ') : undefined;
}

function ownerFields(req: PayloadRequest, owner: Owner): readonly FlattenedField[] {
  if ('collection' in owner) return req.payload.collections[owner.collection as keyof typeof req.payload.collections]?.config.flattenedFields ?? [];
  return req.payload.config.globals.find((global) => global.slug === owner.global)?.flattenedFields ?? [];
}

/**
 * The one way our hooks refuse a save (400), naming each field by its label as well as its path:
 * the message under the field is found by the path, and Payload's notice above the form names what
 * it is given — a refusal thrown without labels said «الحقل التالي غير صالح: name», not «الوسم».
 */
export async function refuseFields(req: PayloadRequest, owner: Owner, errors: Refusal[]): Promise<never> {
  // Loaded here: Payload is ESM only, and hooks that refuse are loaded by the config before it.
  const { ValidationError } = await import('payload');
  const fields = ownerFields(req, owner);
  const labelled = errors.map((error) => (error.label ? error : { ...error, label: fieldLabel(fields, error.path, req) }));
  throw new ValidationError({ ...owner, errors: labelled, req }, req.t);
}

type Answered = { errors?: { name?: string; message?: unknown; data?: unknown }[] };
type Said = { path: string; message: string; label?: unknown };

/**
 * A refusal Payload itself raised without labels — a value a unique index already holds (a writer's
 * or a section's link name, a name in Latin letters) — is answered naming the field as the form does:
 * the notice said «الحقل التالي غير صالح: slug». After answerRefusalsWhole, which gives the answer its
 * fields; only an answer of one refusal, with those fields, is touched.
 */
export const labelRefusedFields: AfterErrorHook = ({ collection, error, graphqlResult, req, result }) => {
  // A save's refusal only: a read's (cms/hooks/bounded-reads) names the query's parameters, as said.
  if (graphqlResult || !collection || req.method === 'GET' || (error as { status?: unknown }).status !== 400) return undefined;
  const answered = (result as Answered | undefined)?.errors;
  const data = answered?.length === 1 ? (answered[0]!.data as { errors?: Said[] } | undefined) : undefined;
  const refused = Array.isArray(data?.errors) ? data.errors : [];
  const unlabelled = (said: Said) => !said.label && typeof said.path === 'string';
  const labelOf = (said: Said) => (unlabelled(said) ? fieldLabel(collection.flattenedFields, said.path, req) : undefined);
  if (!refused.some(labelOf)) return undefined;
  const labelled = refused.map((said) => ({ ...said, ...(labelOf(said) && { label: labelOf(said) }) }));
  const names = labelled.map((said) => (said.label ? translatedLabel(said.label, said.path, req) : said.path));
  const message = `${req.t('error:followingFieldsInvalid', { count: names.length })} ${names.join(', ')}`;
  return { response: { errors: [{ ...answered![0], data: { ...data, errors: labelled }, message }] } };
};
