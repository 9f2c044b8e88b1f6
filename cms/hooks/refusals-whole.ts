import type { AfterErrorHook } from 'payload';

type Answered = { errors?: { data?: unknown; message?: unknown }[] };

/** What formatErrors answers for an error it does not know and that has no name. */
const PAYLOAD_UNKNOWN = 'An unknown error occurred.';

/**
 * A refusal reaches the newsroom as it was said, its fields named. Payload's error answer keeps an
 * error's message and data (a ValidationError's fields) only for an error of its own copy of
 * APIError (payload's formatErrors, `instanceof`), or its message for one with a name. The admin's
 * pages and the API route are bundled apart, each with a copy of Payload's classes, and the production
 * bundle keeps no class names: once the admin's pages had started Payload, every refusal thrown by our
 * hooks was answered without its fields («الحقل التالي غير صالح: title», nothing under the field) or
 * as "An unknown error occurred." (a section that holds stories, a stale save).
 *
 * So an error that says what it is — a status below 500, its words, its data — and that Payload's own
 * rule lets it show (isErrorPublic: said public, or a status that is not 500) is answered whole, as
 * formatErrors answers its own. Only Payload's short answers are touched — an answer with its data,
 * or one a collection's own afterError hook wrote, is left as it is. First of the config's afterError
 * hooks: the ones after it turn other failures into their own answers.
 */
export const answerRefusalsWhole: AfterErrorHook = ({ error, graphqlResult, result }) => {
  if (graphqlResult) return undefined;
  const { data, isPublic, message, name, status } = error as Error & { data?: unknown; isPublic?: unknown; status?: unknown };
  const shown = isPublic === true || (isPublic !== false && typeof status === 'number' && status !== 500);
  if (!shown || typeof status !== 'number' || status >= 500 || typeof message !== 'string') return undefined;
  const hasData = typeof data === 'object' && data !== null;
  // Only Payload's own short answers are made whole (a collection's afterError hook may have answered
  // already, in its own words: a picture's refusal).
  const errors = (result as Answered | undefined)?.errors;
  const answered = errors?.length === 1 ? errors[0]! : undefined;
  const short = answered !== undefined && answered.data === undefined && (answered.message === message || answered.message === PAYLOAD_UNKNOWN);
  if (!short || (answered.message === message && !hasData)) return undefined;
  return { response: { errors: [{ ...(name && { name }), ...(hasData && { data: data as Record<string, unknown> }), message }] } };
};
