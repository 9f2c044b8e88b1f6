import config from '@payload-config';
import '@payloadcms/next/css';
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes';
import { getPayload } from 'payload';
import { isImpossibleDocumentPath } from '@/cms/document-paths';
import { oneSessionWriteAtATime } from '@/cms/session-lock';
import { NO_STORE } from '@/lib/cache-control';
import { isJson, MAX_BODY_DEPTH, unacceptableJson } from '@/lib/json';
import { newsroomTextFor, type NewsroomTranslationKey } from '@/cms/translations';
import { CREDENTIALS, misshapenValue } from '@/cms/field-shapes';

type Handler = ReturnType<typeof REST_GET>;

/** An answer of ours, shaped as Payload's errors are, never stored: what is refused depends on who asks and what is sent. */
function apiError(status: 400 | 404, errors: ReadonlyArray<Record<string, unknown>>): Response {
  return Response.json({ errors }, { status, headers: { 'Cache-Control': NO_STORE } });
}

/** The parameter Payload reads as JSON (`?where={…}`, `?data={…}`) whose text is not JSON: its parser threw (500). */
function unparsableJsonParam(request: Request): string | undefined {
  const params = new URL(request.url).searchParams;
  return ['where', 'data'].find((name) => {
    const text = params.get(name);
    return Boolean(text) && !isJson(text!);
  });
}

/** What makes a JSON body one the CMS cannot take, said in the newsroom's words. */
type BodyProblem = { field: string; key: NewsroomTranslationKey; values?: Record<string, unknown> };

/**
 * A JSON body that is JSON but not what a save is — an object of fields — that nests past what any
 * document does, or whose text holds what the database cannot keep (lib/json unacceptableJson);
 * undefined for anything else, which is left to Payload (a body that is not JSON it answers itself).
 * Each was a 500: Payload read fields of `"str"` or `null` and copied a field nested 10,000 deep by
 * recursion, and the database refused U+0000 in any text and half a character in a story's body.
 */
async function jsonBodyProblem(request: Request): Promise<BodyProblem | undefined> {
  if (request.method === 'GET' || request.method === 'DELETE' || !/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return undefined;
  const text = await request.clone().text();
  if (!text.trim() || !isJson(text)) return undefined;
  const fields: unknown = JSON.parse(text);
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return { field: '', key: 'bodyNotFields' };
  const found = unacceptableJson(fields);
  if (!found) return undefined;
  if (found.problem === 'deep') return { field: found.path, key: 'bodyTooDeep', values: { max: MAX_BODY_DEPTH } };
  return found.problem === 'nul' ? { field: found.path, key: 'textHoldsNul' } : { field: found.path, key: 'textHoldsHalfCharacter', values: { code: found.code } };
}

/** A save or a login with such a body: 400 naming the field, in the newsroom's language, where Payload or the database failed (500). */
function refusingUnstorableBodies(handler: Handler): Handler {
  return async (request, context) => {
    const problem = await jsonBodyProblem(request);
    if (problem === undefined) return handler(request, context);
    const message = newsroomTextFor(request.headers, problem.key, { field: problem.field, ...problem.values });
    const refusal = { message, field: problem.field, ...(problem.field && { data: { errors: [{ path: problem.field, message }] } }) };
    return apiError(400, [refusal]);
  };
}

/**
 * The fields a request sends as Payload reads them: a JSON body, or a form's fields as JSON in its
 * `_payload` part (how the admin sends them). Undefined for anything else; a body that cannot be
 * read throws, and Payload answers that itself (cms/hooks/unreadable-bodies.ts).
 */
async function sentFields(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (/^application\/json\b/i.test(type)) {
    const text = await request.clone().text();
    // No body at all sends no fields (Payload failed on it: a TypeError, 500).
    return text.trim() === '' ? {} : JSON.parse(text);
  }
  if (!/^multipart\/form-data\b/i.test(type)) return undefined;
  const fields = (await request.clone().formData()).get('_payload');
  return typeof fields === 'string' ? JSON.parse(fields) : undefined;
}

/**
 * A forgotten-password request whose address is not text (`{"email": {…}}`, as JSON or in a form's
 * `_payload`), or that sends none: Payload lowercases it before any hook of ours runs
 * (cms/hooks/field-shapes.ts checks the other sign-in operations) and answered "An unknown error
 * occurred." — now 400 naming the field, in the admin's language.
 */
async function forgotPasswordProblem(request: Request, slug: readonly string[]): Promise<{ field: string; key: 'notText' | 'noEmail' } | undefined> {
  if (slug.length !== 2 || slug[0] !== 'users' || slug[1] !== 'forgot-password') return undefined;
  let fields: unknown;
  try {
    fields = await sentFields(request);
  } catch {
    return undefined;
  }
  const misshapen = misshapenValue(CREDENTIALS, fields)?.path;
  if (misshapen) return { field: misshapen, key: 'notText' };
  const email = typeof fields === 'object' && fields !== null ? (fields as { email?: unknown }).email : undefined;
  return email === undefined || email === null || email === '' ? { field: 'email', key: 'noEmail' } : undefined;
}

/**
 * A document id that cannot exist ("/api/articles/abc") is a 404, as Payload answers a missing one —
 * not its 500; a JSON parameter that is not JSON is a 400 naming it.
 */
function refusingImpossibleRequests(handler: Handler): Handler {
  return async (request, context) => {
    const unparsable = unparsableJsonParam(request);
    if (unparsable) {
      return apiError(400, [{ message: `${unparsable} is not JSON`, field: unparsable }]);
    }
    if (await isImpossibleDocumentPath(config, request.method, (await context.params).slug ?? [])) {
      return apiError(404, [{ message: 'Not Found' }]);
    }
    return handler(request, context);
  };
}

/**
 * A path Payload has no route for in a collection it keeps for itself (`/api/payload-migrations`) was
 * answered 501 Not Implemented — a 5xx, a server's failure to monitoring — where every other path it
 * has no route for is a 404, as this one now is.
 */
function unroutedIsNotFound(handler: Handler): Handler {
  return async (request, context) => {
    const answer = await handler(request, context);
    if (answer.status !== 501) return answer;
    await answer.body?.cancel();
    return apiError(404, [{ message: 'Not Found' }]);
  };
}

// The CMS's REST API (README: "The newsroom's API"), access-controlled per collection (cms/access.ts).
export const GET = unroutedIsNotFound(refusingImpossibleRequests(REST_GET(config)));
const post = REST_POST(config);
/** Logins, logouts and token refreshes of one account one at a time (cms/session-lock.ts). */
export const POST = unroutedIsNotFound(
  refusingUnstorableBodies(async (...args: Parameters<typeof post>): Promise<Response> => {
    // Payload starts on its first request: started before any lock is taken, so no login waits on
    // another's lock while the CMS boots.
    await getPayload({ config });
    const { slug } = await args[1].params;
    const problem = await forgotPasswordProblem(args[0], slug ?? []);
    if (problem) {
      const message = newsroomTextFor(args[0].headers, problem.key);
      return apiError(400, [{ message, field: problem.field }]);
    }
    return oneSessionWriteAtATime(args[0], slug ?? [], () => post(...args));
  }),
);
/**
 * HEAD is GET without the body. Next hands a HEAD to GET when none is exported, but Payload routes by
 * the request's method and has no HEAD: a feed reader's or link checker's HEAD on a picture (every RSS
 * enclosure) was a 404 where GET answered 200.
 */
export const HEAD: Handler = async (request, context) => {
  const answer = await GET(new Request(request, { method: 'GET' }), context);
  await answer.body?.cancel();
  return new Response(null, { status: answer.status, headers: answer.headers });
};
export const DELETE = unroutedIsNotFound(refusingImpossibleRequests(REST_DELETE(config)));
export const PATCH = unroutedIsNotFound(refusingUnstorableBodies(refusingImpossibleRequests(REST_PATCH(config))));
export const PUT = unroutedIsNotFound(refusingUnstorableBodies(REST_PUT(config)));
export const OPTIONS = unroutedIsNotFound(REST_OPTIONS(config));
