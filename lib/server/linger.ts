import type { Socket } from 'node:net';

/**
 * How long a connection stays open, reading and dropping, after an answer that left part of the
 * request body unsent: closing a socket with unread data makes the kernel send a reset, and the
 * client may lose the answer it was about to read (nginx's lingering close, for the same reason).
 */
const LINGER_MS = 5_000;

/**
 * Once Node closes the connection after the answer (Connection: close), half-close it instead:
 * the answer and a FIN go out, whatever the client still sends is read and dropped by Node's
 * parser, and the socket is destroyed when the client closes or LINGER_MS have passed.
 */
export function lingerBeforeClose(socket: Socket): void {
  socket.destroySoon = function lingeringClose(this: Socket) {
    this.end();
    // Reading may have been stopped while the answer was prepared (lib/server/body-limit).
    this.resume();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once('close', () => clearTimeout(timer));
  };
}
