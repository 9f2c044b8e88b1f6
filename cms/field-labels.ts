import type { PayloadRequest } from 'payload';

type Refusal = { path: string; message: string; label?: unknown };

/**
 * Each refused field's label beside its path, so Payload's notice above the form names it as the
 * form does («الحقل التالي غير صالح: الوسم»), not by its key (`name`). The message under the field
 * is found by the path either way; a refusal thrown by a hook carries no label unless given one.
 */
export function withLabels<T extends Refusal>(req: PayloadRequest, collection: string, errors: T[]): T[] {
  const fields = req.payload.collections[collection as keyof typeof req.payload.collections]?.config.flattenedFields ?? [];
  return errors.map((error) => {
    if (error.label) return error;
    const name = error.path.split('.')[0];
    const label = fields.find((field) => 'name' in field && field.name === name)?.label;
    return label ? { ...error, label } : error;
  });
}
