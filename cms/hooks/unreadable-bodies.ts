import type { AfterErrorHook } from 'payload';
import { databaseCodes } from '../database-errors';

/** Payload's and busboy's words for form data it could not read, and the refusal's (see unreadableBodyIsBadRequest). */
const MALFORMED_FORM = new Map([
  ['Request is not eligible for file upload', 'its Content-Type names no boundary, or it has no body'],
  ...['Malformed part header', 'Unexpected end of form', 'Unexpected end of file', 'Multipart: Boundary not found', 'Malformed content type', 'Malformed urlencoded form'].map(
    (message) => [message, message.toLowerCase()] as const,
  ),
]);

const NUL_CODES = new Set(['22021', '22P05']);

const refusal = (message: string, field?: string) => ({ status: 400, response: { errors: [{ message, ...(field && { field }) }] } });

/**
 * A request body Payload could not read is the request's fault: 400, not its 500. Payload reads the
 * body before it checks who is asking, so these came from anyone:
 * - an upload's form data cut short or malformed (a part without headers, a body that ends
 *   mid-part): busboy's errors, which Payload passes on as they are; `multipart/form-data` without
 *   its boundary, which Payload calls "not eligible" with a 500 of its own;
 * - the form's `_payload` field, which Payload parses as JSON without catching;
 * - a JSON body that is not JSON: Payload answers 400 already, but says "An unknown error occurred.";
 * - text holding U+0000, which PostgreSQL's text cannot (22021 for a text column, 22P05 in JSON),
 *   in a save or a login that reached the database (a JSON body's is refused earlier, naming its
 *   field: app/(payload)/api/[...slug]/route.ts).
 * (An upload without its file is the pictures' to answer: cms/hooks/picture-refusals.ts.)
 */
export const unreadableBodyIsBadRequest: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (graphqlResult) return undefined;
  const form = /^multipart\//i.test(req.headers?.get('content-type') ?? '');
  const { message, status } = error as { message?: unknown; status?: unknown };
  const malformed = form && typeof message === 'string' ? MALFORMED_FORM.get(message) : undefined;
  if (malformed) return refusal(`the form data is malformed: ${malformed}`);
  if (form && error instanceof SyntaxError) return refusal('_payload is not JSON', '_payload');
  if (status === 400 && message === 'Invalid JSON') return refusal('the body is not JSON');
  if (databaseCodes(error).some((code) => NUL_CODES.has(code))) {
    return refusal('a text holds the character U+0000 (NUL), which no text field keeps');
  }
  return undefined;
};
