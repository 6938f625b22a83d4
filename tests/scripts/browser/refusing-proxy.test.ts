/**
 * The proxy Firefox's test sessions send every outside request to: it
 * records where each request wanted to go and answers none of them.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type RefusingProxy, startRefusingProxy } from '../../../scripts/browser/refusing-proxy';

let proxy: RefusingProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

/** Sends raw bytes to the proxy and resolves with whatever comes back before it closes the connection. */
function exchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let got = '';
    socket.on('data', (d) => {
      got += d.toString();
    });
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
  });
}

describe('refusing proxy', () => {
  it('records a plain HTTP request and refuses it', async () => {
    proxy = await startRefusingProxy();
    const port = proxy.port;
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: 'http://example.com/x?y=1', headers: { host: 'example.com' } }, (res) =>
        resolve(`answered ${res.statusCode}`),
      );
      req.on('error', (e: NodeJS.ErrnoException) => resolve(`failed ${e.code}`));
      req.end();
    });
    expect(outcome).toBe('answered 403');
    expect(proxy.requests).toEqual(['http://example.com/x?y=1']);
  });

  it('records an HTTPS tunnel by host and port and never opens it', async () => {
    proxy = await startRefusingProxy();
    const reply = await exchange(proxy.port, 'CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n');
    expect(reply.split('\r\n')[0]).toBe('HTTP/1.1 403 Forbidden');
    expect(proxy.requests).toEqual(['https://example.org:443']);
  });
});
