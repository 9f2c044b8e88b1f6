/** @jest-environment node */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { limitBody } from '@/lib/server/body-limit';

/**
 * A chunked upload against a real server whose handler does what Next does with a body on its way
 * to the proxy: copies it as it arrives and, once it has ended, swaps the request's stream methods
 * for the copy's (next/dist/server/body-streams). The route then reads the copy.
 */
const LIMIT = 16 * 1024;
let server: http.Server;
let seenByRoute = -1;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    limitBody(req, res, LIMIT);
    const copy = new PassThrough();
    let size = 0;
    req.on('data', (chunk: Buffer) => copy.write(chunk));
    req.on('end', () => {
      copy.end();
      for (const key of ['push', 'read', 'on', 'resume']) (req as unknown as Record<string, unknown>)[key] = (copy as unknown as Record<string, (...a: unknown[]) => unknown>)[key]!.bind(copy);
      copy.on('data', (chunk: Buffer) => (size += chunk.length));
      copy.on('end', () => {
        seenByRoute = size;
        res.writeHead(size > LIMIT ? 413 : 200, { 'Content-Type': 'text/plain' });
        res.end('done');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `size` bytes chunked, stops at the answer; resolves with the status line and the bytes sent by then. */
function upload(size: number): Promise<{ head: string; sent: number }> {
  const { port } = server.address() as AddressInfo;
  const piece = Buffer.alloc(8 * 1024, 0x61);
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let sent = 0;
    let answered = false;
    let received = '';
    socket.on('connect', () => {
      socket.write('POST /api/revalidate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
      const pump = () => {
        while (!answered && sent < size) {
          sent += piece.length;
          if (!socket.write(Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]))) return void socket.once('drain', pump);
        }
        if (!answered) socket.write('0\r\n\r\n');
      };
      pump();
    });
    socket.on('data', (chunk) => {
      answered = true;
      received += chunk.toString();
      if (received.includes('\r\n\r\n')) {
        resolve({ head: received.slice(0, received.indexOf('\r\n\r\n')), sent });
        socket.destroy();
      }
    });
    socket.on('error', reject);
  });
}

describe('limitBody', () => {
  it('ends a chunked body one byte past the limit: the reader answers 413 while the client is still sending', async () => {
    const { head, sent } = await upload(8 * 1024 * 1024);
    expect(head).toMatch(/^HTTP\/1\.1 413/);
    expect(head).toMatch(/\r\nConnection: close/i);
    expect(seenByRoute).toBe(LIMIT + 1);
    expect(sent).toBeLessThan(8 * 1024 * 1024);
  });

  it('passes a body within the limit whole', async () => {
    const { head } = await upload(LIMIT);
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(seenByRoute).toBe(LIMIT);
  });
});
