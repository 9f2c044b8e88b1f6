import type { PayloadRequest } from 'payload';

/**
 * A save's reads of the database, one at a time. A save runs in a transaction that holds one
 * connection, and Payload validates a document's fields side by side: two validators that each
 * ask the database (cms/validation `existing`) would send their queries down that connection at
 * once — which `pg` queues today with a deprecation warning and refuses from pg 9 ("Calling
 * client.query() when the client is already executing a query"). Each read waits for the one
 * before it on the same request. Only for single reads that start no further reads through
 * `req` (a count, a find without hooks of ours): a read that waited for itself would never end.
 */
const lastRead = new WeakMap<object, Promise<unknown>>();

export function inTurn<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const before = lastRead.get(req) ?? Promise.resolve();
  const mine = before.then(read);
  // The next read waits for this one to end, however it ends.
  lastRead.set(req, mine.catch(() => undefined));
  return mine;
}
