import type { APIError } from 'payload';

/**
 * A refusal the newsroom reads as it was said. Payload's answer keeps an error's message only when
 * it knows the error: an APIError of its own copy of the class, or any error with a name (payload's
 * formatErrors). The production bundle keeps no class names (`name` is ''), and the admin's pages
 * and the API route are bundled apart, each with a copy of Payload's classes: a refusal thrown by a
 * hook the admin's pages had loaded reached the editor as "An unknown error occurred." (a stale
 * save, sent from the admin, did). Named, it keeps its message and status whichever copy reads it.
 *
 * Payload is loaded here, not imported above: it is ESM only, and modules of hooks are loaded
 * before it (by the config, and by tests that read their constants).
 */
export async function refusal(message: string, status: number, data: Record<string, unknown> | null = null): Promise<APIError> {
  const { APIError } = await import('payload');
  const error = new APIError(message, status, data, true);
  error.name = 'NewsroomRefusal';
  return error;
}
