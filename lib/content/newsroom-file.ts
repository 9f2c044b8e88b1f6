import rawNewsroom from '@/content/newsroom.json';
import { parseNewsroom, type Newsroom } from './newsroom';

/**
 * content/newsroom.json, read and checked: what the Markdown import and the archive generator start a
 * database with. Apart from the schema (./newsroom), so that reading the rules loads no sample content.
 */
export const newsroom: Newsroom = parseNewsroom(rawNewsroom);
