import type { PayloadRequest } from 'payload';

/** What @payloadcms/drizzle keeps per open transaction: `resolve` commits it and settles once it has. */
interface OpenTransaction {
  resolve: () => Promise<unknown> | unknown;
}

/**
 * Runs `then` once the change `req` is making is committed — at once when it is not inside a
 * transaction.
 *
 * Payload calls the afterChange and afterDelete hooks inside the operation's transaction and commits
 * after them. A page expired from a hook would be rendered by the next reader from the rows still
 * committed — the story before the edit, or still live after an unpublish — and that copy would then
 * count as fresh, kept until the next change to it. So the expiry waits for the commit: the adapter's
 * own commit for this transaction is wrapped, and `then` runs when it has settled (a rolled-back
 * change never commits, and expires nothing). Inside the same request, so Next still sees whose
 * cache it is.
 */
export function afterCommit(req: PayloadRequest | undefined, then: () => void): void {
  const id = req?.transactionID;
  const open = (req?.payload?.db as { sessions?: Record<string, OpenTransaction> } | undefined)?.sessions;
  const transaction = typeof id === 'string' || typeof id === 'number' ? open?.[String(id)] : undefined;
  if (!transaction) {
    then();
    return;
  }
  const commit = transaction.resolve;
  transaction.resolve = async () => {
    try {
      return await commit();
    } finally {
      then();
    }
  };
}
