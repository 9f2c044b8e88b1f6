import type { CollectionSlug, PayloadRequest, RelationshipFieldSingleValidation, RelationshipFieldValidation, RichTextFieldValidation, TextFieldSingleValidation, TextareaFieldValidation } from 'payload';
import { relationship, richText, text, textarea } from 'payload/shared';
import { lexicalToBlocks, linkedStoryIds, unfollowableLink, unshownNode } from '@/lib/content/lexical';
import { TAG_FORM, TAG_MAX_LENGTH } from '@/lib/content/tag-name';
import { bodyStrings, isSitePath } from '@/lib/content/body';
import { hasLatinLetter, MAX_SPELLINGS, SPELLING_MAX_LENGTH, spellingLines } from '@/lib/search/latin-names';
import { words } from '@/lib/search/normalize';
import { hasBidiControls, hasControlCharacters } from '@/lib/text';
import { inTurn } from './in-turn';
import { MAX_ID, namesByNumber, relationId } from './relations';
import { newsroomText, type NewsroomTranslationKey } from './translations';

/**
 * Field validators shared by the collections: Payload's own checks (required, length) first, then
 * ours. Each returns true or the message the editor sees under the field — in the admin's
 * language (cms/translations.ts); Payload refuses the save and stores nothing. A value of the wrong
 * kind (an object sent as a headline) never gets here: cms/hooks/field-shapes.ts refuses it first.
 */

const t = (options: { req: { t: unknown } }, key: NewsroomTranslationKey) => newsroomText(options.req, key);

/** Why typed text cannot be shown to readers as it is (lib/text), or true. */
function visibleText(value: unknown, options: { req: { t: unknown } }, lines: boolean): string | true {
  if (typeof value !== 'string') return true;
  if (hasBidiControls(value)) return t(options, 'bidiControls');
  return hasControlCharacters(value, { lines }) ? t(options, 'controlCharacters') : true;
}

/**
 * A required text of spaces alone is none: Payload's check asks only that there be characters, and a
 * headline of spaces went out as an empty h1 whose share card could not be drawn.
 */
function blankButRequired(value: unknown, options: { required?: boolean; req: { t: unknown } }): string | undefined {
  return options.required && typeof value === 'string' && !value.trim() ? (options.req.t as (key: string) => string)('validation:required') : undefined;
}

/** Text an editor typed must not carry controls that reverse what readers see, or that nobody sees (lib/text). */
export const plainText: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options as never);
  return base === true ? (blankButRequired(value, options) ?? visibleText(value, options, false)) : base;
};

/**
 * A story's byline: plain text, and a name whenever a person signs — a reporter's story left without
 * one would read as the portal's, a desk's. A writer signs over both, so then no name is needed.
 */
export const bylineText: TextFieldSingleValidation = (value, options) => {
  const base = plainText(value, options);
  if (base !== true) return base;
  const { bylineType, writer } = (options.siblingData ?? {}) as { bylineType?: unknown; writer?: unknown };
  const signedByWriter = writer !== undefined && writer !== null && writer !== '';
  return bylineType === 'person' && !signedByWriter && !String(value ?? '').trim() ? t(options, 'personBylineName') : true;
};

/** The same for text of several lines: its line breaks and tabs stay. */
export const plainTextarea: TextareaFieldValidation = (value, options) => {
  const base = textarea(value, options);
  return base === true ? (blankButRequired(value, options) ?? visibleText(value, options, true)) : base;
};

/** A slug (the part of a URL naming a section or a writer): lowercase Latin letters, digits, hyphens. */
export function slugText(form: RegExp): TextFieldSingleValidation {
  return (value, options) => {
    const base = text(value, options as never);
    if (base !== true) return base;
    return form.test(String(value)) ? true : t(options, 'slugForm');
  };
}

/**
 * Why a name cannot be a tag (lib/content/tag-name), or undefined: one rule for the tags' own name
 * field and for tags a story is sent by name (cms/collections/Articles.ts).
 */
export function tagNameProblem(name: string, req: { t: unknown }): string | undefined {
  if (hasBidiControls(name)) return newsroomText(req, 'bidiControls');
  if (name.length > TAG_MAX_LENGTH) return newsroomText(req, 'tagLength', { max: TAG_MAX_LENGTH });
  return TAG_FORM.test(name) ? undefined : newsroomText(req, 'tagForm');
}

/** A tag: a word or a name that becomes one URL segment. */
export const tagText: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options as never);
  if (base !== true) return base;
  return tagNameProblem(String(value), options.req) ?? true;
};

/** The name of a name in Latin letters (lib/search/latin-names): plain text with a Latin letter in it. */
export const latinNameText: TextFieldSingleValidation = (value, options) => {
  const base = plainText(value, options);
  if (base !== true || typeof value !== 'string') return base;
  return hasLatinLetter(value) ? true : t(options, 'latinName');
};

/**
 * How readers type a name in Latin letters: one spelling a line, each in Arabic letters and folding to
 * at least one word search reads (lib/search/normalize) — a line of common words alone would answer
 * every query that holds them with the name. The first line that is not is named.
 */
export const spellingsText: TextareaFieldValidation = (value, options) => {
  const base = plainTextarea(value, options);
  if (base !== true || typeof value !== 'string') return base;
  const lines = spellingLines(value);
  if (lines.length > MAX_SPELLINGS) return newsroomText(options.req, 'spellingCount', { max: MAX_SPELLINGS });
  for (const line of lines) {
    if (line.length > SPELLING_MAX_LENGTH) return newsroomText(options.req, 'spellingLength', { max: SPELLING_MAX_LENGTH, line: line.slice(0, SPELLING_MAX_LENGTH) + '…' });
    if (!/\p{Script=Arabic}/u.test(line) || hasLatinLetter(line)) return newsroomText(options.req, 'spellingArabic', { line });
    if (!words(line).length) return newsroomText(options.req, 'spellingWords', { line });
  }
  return true;
};

/** Which of `ids` name no document of `collection` (a story deleted, or an id mistyped), in one read. */
async function missingIds(req: PayloadRequest, collection: CollectionSlug, ids: readonly number[]): Promise<number[]> {
  // One past the column's range names nothing, and the database would refuse the read (500).
  const possible = ids.filter((id) => id <= MAX_ID);
  if (!possible.length) return [...ids];
  // Payload runs the fields' validators side by side, on the save's one connection: reads go in turn.
  const { docs } = await inTurn(req, () =>
    req.payload.find({ collection, where: { id: { in: possible } }, select: { id: true }, depth: 0, pagination: false, req, overrideAccess: true }),
  );
  const found = new Set(docs.map((doc) => Number(doc.id)));
  return ids.filter((id) => !found.has(id));
}

/** Whether every one of `values` (relations, in any form Payload hands over) names a document of `collection`. */
export async function allExist(req: PayloadRequest, collection: CollectionSlug, values: readonly unknown[]): Promise<boolean> {
  const ids = values.map(relationId);
  if (ids.some((id) => id === undefined || !Number.isSafeInteger(id) || id < 1 || id > MAX_ID)) return false;
  // A count, not the documents: nothing of theirs is read, and no hook of theirs runs.
  const { totalDocs } = await inTurn(req, () => req.payload.count({ collection, where: { id: { in: ids } }, req, overrideAccess: true }));
  return totalDocs >= new Set(ids).size;
}

/** How Payload's relation check refuses a value no id can be ("abc"): in English, whatever the admin's language. */
const PAYLOAD_INVALID_RELATIONS = 'This relationship field has the following invalid relationships';

/**
 * Payload's own check of a relation — which reads the documents when the field filters its options
 * (`filterOptions`: a story's tags, its translation) — in turn with the other fields' reads, its one
 * refusal in English said in the admin's language. A value that is no document's number is refused
 * first, as a draft's is (cms/draft-values.ts): Payload let 3.5 through to "nothing has that id", and
 * answered a tag list holding it with «هذا الحقل لديه الاختيارات الغير صالحة التالية: 3.5, ».
 */
export const relationInTurn: RelationshipFieldValidation = (value, options) =>
  inTurn(options.req, async () => {
    const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
    if (!values.every(namesByNumber)) return t(options, 'notARelationId');
    const base = await relationship(value as never, options as never);
    return typeof base === 'string' && base.startsWith(PAYLOAD_INVALID_RELATIONS) ? t(options, 'notARelationId') : base;
  });

/**
 * A relation to one document that must exist: Payload checks the id's form, the database would
 * refuse a missing one with an error (500) instead of naming the field (400).
 */
export function existing(collection: CollectionSlug): RelationshipFieldSingleValidation {
  return async (value, options) => {
    const base = await relationInTurn(value as never, options as never);
    if (base !== true || value === null || value === undefined) return base;
    return (await allExist(options.req, collection, [value])) ? true : t(options, 'missingRelation');
  };
}

/** A link in a breaking-news item: the web, or a path on this site. */
export const webOrSitePath: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options as never);
  if (base !== true || !value) return base;
  if (isSitePath(value)) return true;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return true;
  } catch {
    // falls through
  }
  return t(options, 'linkForm');
};

/** How Payload's rich-text check refuses a part of the text, in English whatever the admin's language: "link node failed to validate: …". */
const PAYLOAD_NODE_REFUSAL = /^(\S+) node failed to validate: /;

/**
 * A story's text: every link to the web must be one the page prints as a link — "www.ahram.org.eg/…"
 * (no https://) or a javascript: address was saved and reached readers as plain words, without a
 * word to the editor — and every part one the page shows; then the editor's own checks, a part of
 * the text they refuse named in the admin's language. Ours come first: Payload's said a link without
 * an address in English only ("link node failed to validate: The following fields are invalid: url").
 */
export const storyText: RichTextFieldValidation = async (value, options) => {
  const url = unfollowableLink((value as { root?: { children?: [] } } | null | undefined)?.root?.children);
  if (url === '') return newsroomText(options.req, 'bodyLinkEmpty');
  if (url !== undefined) return newsroomText(options.req, 'bodyLinkForm', { url });
  const kind = unshownNode(value);
  if (kind !== undefined) return newsroomText(options.req, 'bodyUnshownPart', { kind });
  const base = await richText(value, options);
  const refused = typeof base === 'string' ? PAYLOAD_NODE_REFUSAL.exec(base) : null;
  if (refused) return newsroomText(options.req, 'bodyPartInvalid', { kind: refused[1]! });
  if (base !== true) return base;
  // The text readers get, as the Markdown import judges it (lib/content/parse): pasted from a word
  // processor, it can carry marks that reverse a line or that nobody sees.
  const strings = bodyStrings(lexicalToBlocks(value));
  if (strings.some(hasBidiControls)) return t(options, 'bidiControls');
  if (strings.some((piece) => hasControlCharacters(piece, { lines: true }))) return t(options, 'controlCharacters');
  // A count first (every link's story there, the usual case); which one is missing only when one is.
  const linked = linkedStoryIds(value);
  if (!linked.length || (await allExist(options.req, 'articles', linked))) return true;
  const [missing] = await missingIds(options.req, 'articles', linked);
  return missing === undefined ? true : newsroomText(options.req, 'bodyLinkMissing', { id: missing });
};
