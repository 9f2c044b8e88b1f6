import { getTranslation } from '@payloadcms/translations';
import type { CollectionAfterErrorHook, FlattenedField, PayloadRequest } from 'payload';
import { asNoticeItem } from '../notice';
import { newsroomText } from '../translations';

type FieldProblem = { path: string; message: string };

/** The fields a refusal names, as Payload's ValidationError carries them (`data.errors`). */
function fieldProblems(data: { errors?: unknown } | undefined): FieldProblem[] {
  const errors = data?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter((problem): problem is FieldProblem => typeof problem?.path === 'string' && typeof problem?.message === 'string');
}

/** A field's label in the editor's language, found by its path ("correction.at" inside its group). */
function labelOf(fields: FlattenedField[], path: string, req: PayloadRequest): string | undefined {
  const [name, ...rest] = path.split('.');
  const field = fields.find((candidate) => candidate.name === name);
  if (!field) return undefined;
  if (rest.length) return 'flattenedFields' in field ? labelOf(field.flattenedFields, rest.join('.'), req) : undefined;
  const label = 'label' in field ? field.label : undefined;
  const said = label ? getTranslation(label, req.i18n) : undefined;
  return typeof said === 'string' ? said : undefined;
}

/**
 * A draft's refusal says its reasons in the admin's notice. After a refused save Payload's form shows
 * each field's reason under the field, but not after a refused *draft* save: it leaves the form
 * "unsubmitted" so that a draft's fields are not validated as the editor types on (@payloadcms/ui
 * Form, `validateDrafts` off), and the reasons it was handed stay hidden. The notice said only
 * «الحقل التالي غير صالح: title» — which field, never why. So a draft's refusal answers with the
 * reasons in its message, each after its field's label («لم تُحفظ المسودة: العنوان — اكتب عنوانًا
 * للخبر …»), its fields kept for API clients as they were.
 * Each reason is one item of the notice's list (cms/notice.ts).
 */
export const draftRefusalsSayWhy: CollectionAfterErrorHook = ({ collection, error, req }) => {
  if ((req.data as { _status?: unknown } | undefined)?._status !== 'draft') return undefined;
  if ((error as { status?: unknown }).status !== 400) return undefined;
  const { data } = error as { data?: Record<string, unknown> };
  const problems = fieldProblems(data);
  if (!problems.length) return undefined;
  const reasons = problems.map(({ path, message }) => {
    const label = labelOf(collection.flattenedFields, path, req);
    return asNoticeItem(label ? `${label} — ${message}` : message);
  });
  const message = `${newsroomText(req, 'draftNotSaved')}: ${reasons.join(', ')}`;
  return { status: 400, response: { errors: [{ name: 'ValidationError', data, message }] } };
};
