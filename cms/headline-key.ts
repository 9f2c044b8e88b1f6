import type { CollectionBeforeOperationHook, Where as PayloadWhere } from 'payload';
import { fold, seatless } from '@/lib/search/normalize';

/**
 * A story's headline as the newsroom searches it: every spelling of a letter one (أ إ آ ا, ة ه, ى ي,
 * ؤ ئ ء), no harakat or tatweel, lower case, every digit system as 0–9 — the site search's fold
 * (lib/search/normalize), whole headline rather than words, so a piece of a word finds it as before.
 * An editor typing «اسوان», «مسئول» or «الطاقه» finds «أسوان», «مسؤول» and «الطاقة».
 *
 * The database keeps it (articles.headline_key and each version's, set by a trigger from the
 * headline: cms/migrations/20261202_072430_headline_search.ts, the same fold in SQL, which
 * __tests__/integration/search.test.ts checks against this one); the admin's list searches it
 * (Articles' listSearchableFields), and what the editor typed is folded here the same way.
 */
export const headlineKey = (text: string) => fold(seatless(text));

type Where = Record<string, unknown>;

/** A value compared with headline keys, as one: text folded (also in a list, for `in`), anything else as it is. */
const asKey = (value: unknown): unknown => (typeof value === 'string' ? headlineKey(value) : Array.isArray(value) ? value.map(asKey) : value);

/** `where` with every condition on the headline key compared as a key. */
function keyed(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, condition]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(condition)) return [key, condition.map((inner) => (inner && typeof inner === 'object' ? keyed(inner as Where) : inner))];
      if (key !== 'headlineKey' || !condition || typeof condition !== 'object') return [key, condition];
      return [key, Object.fromEntries(Object.entries(condition as Where).map(([operator, value]) => [operator, asKey(value)]))];
    }),
  );
}

/** Articles' beforeOperation: a list read or count searched by headline key compares folded text with folded text. */
export const foldHeadlineSearch: CollectionBeforeOperationHook = ({ args, operation }) => {
  const where = (args as { where?: unknown }).where;
  if ((operation !== 'read' && operation !== 'count') || !where || typeof where !== 'object') return args;
  return { ...args, where: keyed(where as Where) as PayloadWhere };
};
