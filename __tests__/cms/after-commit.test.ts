import type { PayloadRequest } from 'payload';
import { afterCommit } from '@/cms/after-commit';

/** A request inside an open transaction, as @payloadcms/drizzle keeps it: `resolve` commits. */
function inTransaction(log: string[]) {
  const sessions: Record<string, { resolve: () => Promise<void> }> = {
    tx1: { resolve: async () => void log.push('commit') },
  };
  const req = { transactionID: 'tx1', payload: { db: { sessions } } } as unknown as PayloadRequest;
  // What payload's commitTransaction does.
  const commit = async () => {
    const session = sessions.tx1!;
    delete sessions.tx1;
    await session.resolve();
  };
  return { req, commit };
}

describe('afterCommit', () => {
  it('waits for the transaction the change is made in to commit', async () => {
    const log: string[] = [];
    const { req, commit } = inTransaction(log);
    afterCommit(req, () => log.push('expire pages'));
    afterCommit(req, () => log.push('expire more pages'));
    expect(log).toEqual([]);
    await commit();
    expect(log).toEqual(['commit', 'expire pages', 'expire more pages']);
  });

  it('runs nothing for a change that is rolled back (never committed)', () => {
    const log: string[] = [];
    const { req } = inTransaction(log);
    afterCommit(req, () => log.push('expire pages'));
    expect(log).toEqual([]);
  });

  it('runs at once outside a transaction (a change already committed)', () => {
    const log: string[] = [];
    afterCommit({ payload: { db: { sessions: {} } } } as unknown as PayloadRequest, () => log.push('expire pages'));
    afterCommit(undefined, () => log.push('expire again'));
    expect(log).toEqual(['expire pages', 'expire again']);
  });
});
