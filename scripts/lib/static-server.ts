/**
 * A tiny static file server on 127.0.0.1 for the demo, tests and benchmarks.
 * HTML is always sent as UTF-8 (some saved pages declare a legacy charset but
 * are stored as UTF-8). Extra headers, such as a Content-Security-Policy, can
 * be set per request.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra response headers for a request (e.g. a strict CSP for some paths). */
  headers?: (request: IncomingMessage) => Record<string, string>;
  /** Pages served from memory, by path (tests add dynamic fixtures this way). */
  pages?: Record<string, string>;
}

export async function serveDirectory(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const extra = options.headers?.(req) ?? {};
    const inline = options.pages?.[path];
    if (inline !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string, 'cache-control': 'no-store', ...extra });
      res.end(inline);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...extra,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
