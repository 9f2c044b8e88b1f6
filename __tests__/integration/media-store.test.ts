/**
 * The committed migrations are made without a media store; a Vercel deployment runs with one
 * (BLOB_READ_WRITE_TOKEN). Both must describe the same pictures table, and the migrated database must
 * hold every column of it — or every query on pictures fails on Vercel ("column does not exist").
 */
import { query, readerPool } from '@/lib/db/pool';
import { howItEnded, tsx } from './tsx-child';

function mediaFields(token?: string): string[] {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  if (token) env.BLOB_READ_WRITE_TOKEN = token;
  else delete env.BLOB_READ_WRITE_TOKEN;
  const run = tsx(['__tests__/integration/media-fields.mts'], { env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`media-fields.mts ${token ? 'with' : 'without'} a store: ${howItEnded(run)}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as string[];
}

afterAll(() => readerPool().end());

describe('the pictures table, with and without a media store', () => {
  it('is the same in both, and the migrated database has its store columns', async () => {
    const withoutStore = mediaFields();
    const withStore = mediaFields('vercel_blob_rw_store123_0123456789abcdefghijklmnopqrstuv');
    expect(withStore).toEqual(withoutStore);
    expect(withoutStore).toEqual(expect.arrayContaining(['_objectKey', 'prefix']));
    const columns = (await query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'media'`)).map((c) => c.column_name);
    expect(columns).toEqual(expect.arrayContaining(['_objectkey', 'prefix']));
  }, 120_000);
});
