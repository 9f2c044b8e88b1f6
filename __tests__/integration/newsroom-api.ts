/**
 * The newsroom's REST API as a wire importer or the tests use it: log in, then send JSON with the
 * session's token. Credentials of the run's admin come from scripts/test-integration.mjs.
 */
import { blocksToLexical } from '@/lib/content/lexical';
import { BASE_URL } from './server';

export const ADMIN = { email: process.env.ADMIN_EMAIL ?? '', password: process.env.ADMIN_PASSWORD ?? '' };

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  json: T;
  headers: Headers;
}

export async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown, token?: string): Promise<ApiAnswer<T>> {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
      ...(token && { Authorization: `JWT ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    json = { text };
  }
  return { status: response.status, json: json as T, headers: response.headers };
}

export async function login(email: string, password: string): Promise<string> {
  const { status, json } = await api<{ token?: string }>('POST', '/api/users/login', { email, password });
  if (status !== 200 || !json.token) throw new Error(`login ${email}: ${status} ${JSON.stringify(json)}`);
  return json.token;
}

/** A member of the newsroom, created by the admin; returns their token. */
export async function member(role: 'writer' | 'editor', adminToken: string): Promise<{ id: number; email: string; password: string; token: string }> {
  const email = `${role}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@alwafd.test`;
  const password = `pw-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const created = await api<{ doc?: { id: number } }>('POST', '/api/users', { email, password, role, name: role }, adminToken);
  if (created.status !== 201 || !created.json.doc) throw new Error(`create ${role}: ${created.status} ${JSON.stringify(created.json)}`);
  return { id: created.json.doc.id, email, password, token: await login(email, password) };
}

export async function sectionId(slug: string): Promise<number> {
  const { json } = await api<{ docs: { id: number }[] }>('GET', `/api/sections?where[slug][equals]=${slug}&limit=1`);
  const id = json.docs[0]?.id;
  if (id === undefined) throw new Error(`no section ${slug}`);
  return id;
}

/** A story's body as the CMS stores it (Lexical), from paragraphs of plain text. */
export function body(...paragraphs: string[]) {
  return blocksToLexical(paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })));
}

/** Polls a page until `ready` holds, and says how long that took (ms); throws after `timeoutMs`. */
export async function waitFor(path: string, ready: (status: number, html: string) => boolean, timeoutMs = 10_000): Promise<number> {
  const started = performance.now();
  let last = '';
  while (performance.now() - started < timeoutMs) {
    const response = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' });
    const html = await response.text();
    if (ready(response.status, html)) return Math.round(performance.now() - started);
    last = `${response.status}`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} not ready after ${timeoutMs} ms (last status ${last})`);
}
