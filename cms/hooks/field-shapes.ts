import type { CollectionBeforeOperationHook, Field, GlobalBeforeOperationHook, PayloadRequest } from 'payload';
import { CREDENTIALS, misshapenValue, type Misshapen, type Shape } from '../field-shapes';
import { refuseFields } from '../field-labels';
import { newsroomText, type NewsroomTranslationKey } from '../translations';

const MESSAGES: Record<Shape, NewsroomTranslationKey> = {
  text: 'notText',
  texts: 'notTexts',
  choice: 'notAChoice',
  choices: 'notChoices',
  date: 'notADate',
  number: 'notNumber',
  numbers: 'notNumbers',
  yesNo: 'notYesNo',
  list: 'notRows',
  group: 'notGroup',
};

const AUTH_OPERATIONS = new Set(['login', 'forgotPassword', 'resetPassword', 'unlock']);

function fieldsToCheck(operation: string, fields: Field[]): Field[] | undefined {
  if (operation === 'create' || operation === 'update') return fields;
  return AUTH_OPERATIONS.has(operation) ? CREDENTIALS : undefined;
}

function refuse(req: PayloadRequest, misshapen: Misshapen, owner: { collection: string } | { global: string }): Promise<never> {
  return refuseFields(req, owner, [{ path: misshapen.path, message: newsroomText(req, MESSAGES[misshapen.shape]) }]);
}

/** Every collection's first beforeOperation: a value its field cannot take is refused (400) naming the field (cms/field-shapes). */
export const refuseMisshapenValues: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const fields = fieldsToCheck(operation as string, collection.fields);
  const misshapen = fields && misshapenValue(fields, (args as { data?: unknown }).data);
  if (misshapen) await refuse(req, misshapen, { collection: collection.slug });
  return args;
};

/** The same for the masthead and the Hijri calendar. */
export const refuseMisshapenGlobalValues: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  const misshapen = operation === 'update' ? misshapenValue(global.fields, (args as { data?: unknown }).data) : undefined;
  if (misshapen) await refuse(req, misshapen, { global: global.slug });
  return args;
};
