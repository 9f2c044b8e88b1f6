/** @jest-environment node */
import type { PayloadRequest } from 'payload';
import { revalidateAfterChange } from '@/cms/hooks/revalidate';
import { expireTags } from '@/lib/cache/expired-tags';

// What a save expires, without a Next server to expire it in.
jest.mock('@/lib/cache/expired-tags', () => ({ expireTags: jest.fn(async () => {}) }));

const expired = () => (expireTags as jest.Mock).mock.calls.flatMap(([tags]) => tags as string[]);
type Hook = ReturnType<typeof revalidateAfterChange>;
const run = (hook: Hook, args: Partial<Parameters<Hook>[0]>) => hook({ req: { context: {} } as PayloadRequest, collection: {} as never, context: {}, ...args } as Parameters<Hook>[0]);

beforeEach(() => (expireTags as jest.Mock).mockClear());

describe('the tags a save of a breaking line or a tag expires', () => {
  it('a new line: its edition’s, and nothing named after the previous document it never had', () => {
    run(revalidateAfterChange('breaking'), { operation: 'create', doc: { id: 1, edition: 'ar' }, previousDoc: {} });
    expect(expired()).toEqual(['breaking:ar']);
  });

  it('a line moved to the other edition: both editions’', () => {
    run(revalidateAfterChange('breaking'), { operation: 'update', doc: { id: 1, edition: 'en' }, previousDoc: { id: 1, edition: 'ar' } });
    expect(expired().sort()).toEqual(['breaking:ar', 'breaking:en']);
  });
});
