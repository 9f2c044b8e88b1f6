import { z } from 'zod';
import { BODY_LIMITS } from '@/lib/body-limits';
import { MAX_ARTICLE_ID } from '@/lib/routes';

/**
 * The body of POST /api/revalidate: `{ "id": 1234 }`, `{ "ids": [1234, 1235] }`, or nothing at
 * all for "everything"; the secret may travel here as `"secret"` instead of in Authorization.
 */

export const MAX_BODY_BYTES = BODY_LIMITS['/api/revalidate']!;
export const MAX_IDS = 200;

// The id column's range (lib/routes): past it PostgreSQL refuses the query itself.
const ArticleId = z.number().int().positive().max(MAX_ARTICLE_ID);

const BodySchema = z
  .object({
    id: ArticleId.optional(),
    ids: z.array(ArticleId).min(1).max(MAX_IDS).optional(),
    secret: z.string().max(1024).optional(),
  })
  .strict();

export interface RevalidateRequest {
  secret?: string;
  /** The articles to refresh, or every page. */
  ids: number[] | 'all';
}

export type Parsed = { ok: true; value: RevalidateRequest } | { ok: false; error: string };

export function parseRevalidateBody(text: string): Parsed {
  if (!text.trim()) return { ok: true, value: { ids: 'all' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the body must be JSON, e.g. {"id": 1234}' };
  }
  const result = BodySchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue?.path.join('.') || '(body)';
    return { ok: false, error: `field "${field}": ${issue?.message ?? 'is invalid'}` };
  }
  const { id, ids, secret } = result.data;
  const wanted = [...new Set([...(id === undefined ? [] : [id]), ...(ids ?? [])])];
  return { ok: true, value: { secret, ids: wanted.length ? wanted : 'all' } };
}

/** The body as text, refusing more than `limit` bytes whatever Content-Length claims. */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
