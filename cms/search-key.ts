import type { CollectionBeforeOperationHook, FieldAccess, TextField, Where as PayloadWhere } from 'payload';
import { fold, seatless } from '@/lib/search/normalize';

/**
 * Text as the newsroom searches it in the admin: every spelling of a letter one (أ إ آ ا, ة ه, ى ي,
 * ؤ ئ ء), no harakat or tatweel, lower case, every digit system as 0–9 — the site search's fold
 * (lib/search/normalize), over the whole text rather than words, so a piece of a word still finds it.
 * An editor typing «اسوان», «مسئول» or «الطاقه» finds «أسوان», «مسؤول» and «الطاقة».
 *
 * The database keeps each searched text's key in a column of its own, set by a trigger with the same
 * fold in SQL (alwafd_headline_key: cms/migrations/20261202_072430_headline_search.ts; the columns:
 * that migration and 20261203_120000_newsroom_search_keys.ts), whoever writes the row; trigram indexes
 * answer the admin's `like` on it. __tests__/integration/search.test.ts checks the SQL fold against this one.
 */
export const searchKey = (text: string) => fold(seatless(text));

/** A collection's searched text (`text`, a field) and the hidden field holding its key (`key`). */
export interface SearchKeyField {
  key: string;
  text: string;
}

type Where = Record<string, unknown>;

/** Operators that read a piece of the text (ILIKE '%…%'): on the text itself, they are asked of its key. */
const PIECE_OPERATORS = new Set(['like', 'contains']);

/** A value compared with keys, as one: text folded (also in a list, for `in`), anything else as it is. */
const asKey = (value: unknown): unknown => (typeof value === 'string' ? searchKey(value) : Array.isArray(value) ? value.map(asKey) : value);

const isObject = (value: unknown): value is Where => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `where` with every condition on the key compared as a key, and every search for a piece of the text
 * (`like`, `contains` — the admin's list search of a collection searching its title field, the
 * filters) asked of the key with the piece folded, which a trigram index answers. Other conditions on
 * the text (`equals`, …) stay on the text. Never changes what it was given (Payload keeps the list's query).
 *
 * A relationship field's type-to-find (a story's tags, its translation) asks the same and gets every
 * spelling back, but Payload's select then keeps only the options whose label holds the typed letters
 * as typed (@payloadcms/ui Relationship's filterOption, in the browser): there «احمد» still shows no
 * «أحمد». It gains the index, not the spellings.
 */
export function keyedWhere(where: Where, { key, text }: SearchKeyField): Where {
  const out: Where = {};
  // A condition that would land on an operator the key already has (`title` and `headlineKey` both
  // searched in one object): kept beside it, both must hold.
  const alongside: Where[] = [];
  const add = (field: string, operator: string, value: unknown) => {
    const conditions = isObject(out[field]) ? (out[field] as Where) : {};
    if (operator in conditions) alongside.push({ [field]: { [operator]: value } });
    else out[field] = { ...conditions, [operator]: value };
  };
  for (const [field, condition] of Object.entries(where)) {
    if ((field === 'and' || field === 'or') && Array.isArray(condition)) {
      out[field] = condition.map((inner) => (isObject(inner) ? keyedWhere(inner, { key, text }) : inner));
    } else if (field === key && isObject(condition)) {
      for (const [operator, value] of Object.entries(condition)) add(key, operator, asKey(value));
    } else if (field === text && isObject(condition)) {
      for (const [operator, value] of Object.entries(condition)) {
        if (PIECE_OPERATORS.has(operator) && typeof value === 'string') add(key, operator, asKey(value));
        else add(text, operator, value);
      }
    } else {
      out[field] = condition;
    }
  }
  return alongside.length ? { and: [out, ...alongside] } : out;
}

/** Operations whose filter is the list's search: reading and counting it, and the list's bulk actions on what it shows. */
const SEARCHED_OPERATIONS = new Set(['read', 'count', 'update', 'delete']);

/**
 * A collection's beforeOperation: the newsroom's list reads and counts search the text by its key
 * (keyedWhere), and so do the list's bulk actions ("select all" → delete, edit, publish), which send
 * the list's search as their filter: they act on the stories the list showed, not on the text as
 * typed (a delete of every «احمد» tag removed only those spelled so, while the dialog counted all).
 * A visitor's read is left as sent: the key is the newsroom's, and a visitor may not search pieces of
 * text at all (cms/hooks/bounded-reads refuses it naming the field they asked for).
 */
export const foldSearch =
  (field: SearchKeyField): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    const where = (args as { where?: unknown }).where;
    if (!SEARCHED_OPERATIONS.has(operation) || !req?.user || !isObject(where)) return args;
    return { ...args, where: keyedWhere(where, field) as PayloadWhere };
  };

/**
 * The hidden field holding a text's key: written by the database's trigger alone (never sent, never
 * shown), read by the newsroom only. Its label is what the list's search box says it searches.
 * Disabled in the admin rather than only hidden from the form: a hidden field is still offered as a
 * list column and filter, where the key showed as "Title Key", or as a second «العنوان» beside the headline.
 */
export const keyField = (name: string, read: FieldAccess, label?: TextField['label']): TextField => ({
  name,
  ...(label ? { label } : {}),
  type: 'text',
  access: { read, create: () => false, update: () => false },
  admin: { disabled: true },
});
