/**
 * An HTTP proxy on 127.0.0.1 that forwards nothing: it records where each
 * request wanted to go and refuses it. Firefox is pointed at it for every
 * host but 127.0.0.1, so nothing leaves the machine and every attempt, from
 * a page, a content script or the extension's background, is on the list.
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
  // Closing the connection without an answer makes the request fail as a network error, as a
  // blocked host does in Chromium (an HTTP error status would count as an answer).
  const server: Server = createServer((req) => {
    requests.push(req.url ?? '?');
    req.socket.destroy();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url ?? '?'}`);
    socket.destroy();
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
