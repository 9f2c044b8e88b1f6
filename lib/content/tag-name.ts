import { MAX_TAG_LENGTH } from '@/lib/routes';

/**
 * What a tag may be, wherever one is made — the CMS's tags and the Markdown import alike: a word or
 * a name that becomes one URL segment (lib/routes), at most the route table's MAX_TAG_LENGTH
 * characters (a longer segment names nothing), with none of / ? # % \ or a control character, and
 * never "." or ".." (which browsers resolve away before asking). Checked as links and lookups spell
 * it: NFC, no surrounding spaces.
 */
export const TAG_MAX_LENGTH = MAX_TAG_LENGTH;

export const TAG_FORM = /^(?!\.+$)[^/?#%\\\u0000-\u001f\u007f]+$/;

/** A tag name as it is stored, linked and looked up. */
export const canonicalTagName = (name: string): string => name.normalize('NFC').trim();

/**
 * A tag name with letter case set aside, as PostgreSQL's lower() reads it (tags_edition_lower_name_idx):
 * "SpaceX" and "spacex" fold alike. Arabic letters have no case and fold to themselves.
 */
export const foldTagCase = (name: string): string => name.normalize('NFC').toLocaleLowerCase('en');

/** Whether a name has a letter with case at all: one without has no other spelling to find. */
export const hasLetterCase = (name: string): boolean => name.toLocaleLowerCase('en') !== name.toLocaleUpperCase('en');
