import type { CollectionConfig, Field, GlobalConfig, LabelFunction } from 'payload';
import { editorsLanguage, type AdminLanguage } from './translations';

/** A name written in both of the admin's languages, as the collections write every label. */
type InBothLanguages = Record<AdminLanguage, string>;

const isInBothLanguages = (value: unknown): value is InBothLanguages =>
  typeof value === 'object' && value !== null && typeof (value as InBothLanguages).ar === 'string' && typeof (value as InBothLanguages).en === 'string';

/** `{ ar, en }` as the words of the editor's language, asked when the admin is built for that language; anything else as it is. */
function said<T>(label: T): T | LabelFunction {
  return isInBothLanguages(label) ? ({ i18n }) => label[editorsLanguage({ i18n })] : label;
}

function namesSaid<T extends { singular?: unknown; plural?: unknown }>(labels: T): T {
  return { ...labels, singular: said(labels.singular), plural: said(labels.plural) };
}

function fieldsSaid(fields: Field[]): Field[] {
  return fields.map((field) => {
    const out = { ...field } as Record<string, unknown>;
    if ('label' in field) out.label = said(field.label);
    if ('labels' in field && field.labels) out.labels = namesSaid(field.labels);
    if ('fields' in field) out.fields = fieldsSaid(field.fields);
    return out as Field;
  });
}

/**
 * Every name in a collection — its own, its fields', its lists' rows' — handed to Payload as words
 * in the editor's language instead of as `{ ar, en }`. Payload turns a label function into words when
 * it builds the admin's client config for a language, but passes an object through as it is, and some
 * of its browser code puts that object straight into a sentence: each list's sort buttons were named
 * «رتّب حسب [object Object] تصاعدي», a story's «+» beside its section «أضف [object Object] جديد».
 * Done here once for every collection and global (payload.config.ts), so a field added later is said
 * right too; the collections keep writing labels as `{ ar, en }`. Select options' labels are left:
 * Payload always reads them through its translator.
 */
export function collectionInEditorsLanguage(collection: CollectionConfig): CollectionConfig {
  return { ...collection, ...(collection.labels ? { labels: namesSaid(collection.labels) } : {}), fields: fieldsSaid(collection.fields) };
}

/**
 * A global's fields the same way; its own name stays `{ ar, en }`: Payload hands it as it is to a
 * client component of the versions page (a function there failed the page, 500), and every place
 * that prints it translates it.
 */
export function globalInEditorsLanguage(global: GlobalConfig): GlobalConfig {
  return { ...global, fields: fieldsSaid(global.fields) };
}

/**
 * Payload keeps the fields it renders on the server — a story's text, a field of ours, the versions'
 * comparison — in one map per collection for the whole process, built with the labels of whichever
 * language asked first (`getClientSchemaMap`, keyed by the collection alone): after an English
 * editor's first visit every Arabic editor read «Text» over «النص» and «Readers» over «عند القراء»
 * until the server restarted. The flag Payload raises itself after a hot reload makes it build the
 * map for each request instead (React's cache() still builds it once a request), in that request's
 * language. Admin pages only: reader pages never build it.
 */
export function buildServerRenderedLabelsPerRequest(): void {
  Object.defineProperty(globalThis, '_payload_doNotCacheClientSchemaMap', { configurable: true, get: () => true, set: () => undefined });
}
