/**
 * An HTTP proxy on 127.0.0.1 that forwards nothing: it records where each
 * request wanted to go and refuses it (403, for plain requests and tunnels).
 * Firefox is pointed at it for every host but 127.0.0.1, so nothing leaves
 * the machine and every attempt, from a page, a content script or the
 * extension's background, is on the list.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RefusingProxy {
  port: number;
  /** Every URL (or https://host:port for a tunnel) that was asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startRefusingProxy(): Promise<RefusingProxy> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  // A plain refusal, not a dropped connection: Firefox retries a request whose connection drops
  // (and once saw a dropped subframe load as a failed navigation of the page itself).
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '?');
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' }).end('blocked by the Newslens test proxy');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url ?? '?'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
