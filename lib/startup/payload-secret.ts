/**
 * No default secret signs the newsroom's sessions: a production server without PAYLOAD_SECRET
 * does not start (npm start sets one for this machine; a deployment must set its own).
 */
export function refuseToStartWithoutPayloadSecret(): void {
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build' || process.env.PAYLOAD_SECRET) return;
  console.error(
    'PAYLOAD_SECRET is not set: the newsroom (/admin, /api) would have no secret to sign sessions with. ' +
      'Set it (e.g. `openssl rand -hex 32`), or start with `npm start`, which makes one for this machine.',
  );
  process.exit(1);
}
