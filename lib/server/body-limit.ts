import type { IncomingMessage, ServerResponse } from 'node:http';
import { lingerBeforeClose } from './linger';

/**
 * A chunked body has no declared length to refuse up front: it is counted as it arrives, and ends
 * one byte past the path's limit. The route's reader sees too many bytes and answers 413 (Next
 * would otherwise hold up to 10 MB of it for the proxy before the route read anything); the rest
 * is not read until the answer is out, then read and dropped while the connection closes.
 */
export function limitBody(req: IncomingMessage, res: ServerResponse, limit: number): void {
  const push = req.push;
  let received = 0;
  let cut = false;
  req.push = function limitedPush(this: IncomingMessage, chunk: unknown, encoding?: BufferEncoding): boolean {
    // After the cut, what the parser still hands over is dropped, and false stops it reading the
    // socket until the answer is out (lingerBeforeClose resumes, to drain before closing).
    if (cut) return false;
    if (!Buffer.isBuffer(chunk)) return push.call(this, chunk, encoding);
    received += chunk.length;
    if (received <= limit) return push.call(this, chunk, encoding);
    cut = true;
    push.call(this, chunk.subarray(0, chunk.length - (received - limit) + 1), encoding);
    // Node's parser hands a "dumped" request no more of its body (it reads and drops it). Needed:
    // once the body has ended, Next swaps this request's stream methods for those of its own copy,
    // so a later push would no longer pass through here, and a push after the end is an error.
    (this as IncomingMessage & { _dumped: boolean })._dumped = true;
    // As far as the request's readers go it is complete; otherwise, once its stream has ended, Node
    // takes it for aborted and destroys the socket before the 413 is written.
    this.complete = true;
    push.call(this, null);
    if (!res.headersSent) res.setHeader('Connection', 'close');
    lingerBeforeClose(this.socket);
    return false;
  };
}
