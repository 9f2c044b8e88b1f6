/**
 * Settings that would silently disable something are reported when the server starts, in the log
 * an operator reads. A second server from the same build, with a publishing secret too short to
 * be accepted (lib/publishing/secret: fewer than 16 characters counts as unset).
 */
import { MIN_SECRET_LENGTH } from '@/lib/publishing/secret';
import { startServer, type SecondServer } from './second-server';

/** Fifteen characters: one short of a secret. */
const SHORT = 'short-secret-15';
let server: SecondServer | undefined;

beforeAll(async () => {
  server = await startServer('short-secret', { REVALIDATE_SECRET: SHORT });
}, 120_000);

afterAll(() => server?.stop());

describe('a REVALIDATE_SECRET shorter than 16 characters', () => {
  it('is reported in the server log at start, before any publishing call', () => {
    const warning = server!.log().split('\n').find((line) => line.includes('REVALIDATE_SECRET'));
    expect(SHORT).toHaveLength(MIN_SECRET_LENGTH - 1);
    expect(warning).toMatch(new RegExp(`${SHORT.length} characters.*at least ${MIN_SECRET_LENGTH}`));
    // The secret itself never reaches the log.
    expect(server!.log()).not.toContain(SHORT);
  });
});

describe('a production server without PAYLOAD_SECRET', () => {
  it('refuses to start, and says why', async () => {
    const server = await startServer('no-payload-secret', { PAYLOAD_SECRET: '' }, { waitReady: false });
    try {
      const code = await new Promise<number | null>((resolve) => {
        if (server.process.exitCode !== null) resolve(server.process.exitCode);
        server.process.once('exit', (exitCode) => resolve(exitCode));
      });
      expect(code).not.toBe(0);
      expect(server.log()).toContain('PAYLOAD_SECRET is not set');
    } finally {
      await server.stop();
    }
  }, 60_000);
});
