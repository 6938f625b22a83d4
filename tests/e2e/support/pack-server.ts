/**
 * A pack publisher on 127.0.0.1 for the packs scenario: serves one pack URL
 * whose answer the test sets (a revision, a broken body, an error), with an
 * ETag, answering 304 to a matching If-None-Match. It records every request,
 * so a test can say what Newslens asked for and when.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status: number;
  body: string;
  etag?: string;
}

export interface PackServer {
  url: string;
  origin: string;
  /** Requests received, with their conditional header. */
  requests: Array<{ path: string; ifNoneMatch: string | null }>;
  set(answer: Answer): void;
  close(): Promise<void>;
}

export async function servePack(path = '/pack.json'): Promise<PackServer> {
  let current: Answer = { status: 404, body: 'no pack yet' };
  const requests: PackServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    requests.push({ path: req.url ?? '', ifNoneMatch });
    if (req.url !== path) {
      res.writeHead(404).end();
      return;
    }
    if (current.etag && ifNoneMatch === current.etag) {
      res.writeHead(304, { ETag: current.etag }).end();
      return;
    }
    res.writeHead(current.status, { 'Content-Type': 'application/json', ...(current.etag ? { ETag: current.etag } : {}) });
    res.end(current.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${path}`,
    origin,
    requests,
    set(answer) {
      current = answer;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
