/**
 * Checking a subscription with a scripted server and clock: a new revision
 * is taken only when all of it passed; 304, a bad hash, an invalid entry, a
 * truncated body, an oversized one, a server error and a dropped connection
 * keep the revision in use and record exactly why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urlPack } from '@/lib/packs/edits';
import { entitiesHash } from '@/lib/packs/header';
import type { PackEntry } from '@/lib/packs/store';
import { checkSubscription, type Fetch, type FetchAnswer } from '@/lib/packs/update';

const good = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/datasets/good.json'), 'utf8'));
const targets = ['alibaba', 'qwen', 'alibaba-cloud'];
const URL_ = 'http://127.0.0.1:8123/pack.json';
const NOW = Date.parse('2026-12-02T06:00:00Z');

async function packText(revision: number, entities: unknown[] = good.entities, over: Record<string, unknown> = {}): Promise<string> {
  return JSON.stringify({
    pack: { title: 'Acme pack', revision, sha256: await entitiesHash(entities), ...over },
    asOf: good.asOf,
    entities,
  });
}

function answer(status: number, body: string, headers: Record<string, string> = {}, chunks?: Uint8Array[]): FetchAnswer {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const parts = chunks ?? [new TextEncoder().encode(body)];
  return {
    status,
    statusText: status === 200 ? 'OK' : status === 304 ? 'Not Modified' : 'Internal Server Error',
    ok: status >= 200 && status < 300,
    headers: { get: (name) => lower.get(name.toLowerCase()) ?? null },
    body: new ReadableStream({
      start(controller) {
        for (const p of parts) controller.enqueue(p);
        controller.close();
      },
    }),
    text: async () => body,
  };
}

/** A server answering from a script, recording the requests it got. */
function server(...answers: Array<FetchAnswer | Error>) {
  const requests: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetch: Fetch = async (url, init) => {
    requests.push({ url, headers: init.headers });
    const next = answers.shift();
    if (!next) throw new Error('unexpected request');
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch, requests };
}

const fresh = () => urlPack('p1', URL_, new Date(NOW - 1000));
const check = (entry: PackEntry, fetch: Fetch, maxBytes?: number) => checkSubscription(entry, { fetch, now: () => NOW, targets, maxBytes });

/** A subscription with revision 2 in use, downloaded with validators. */
async function inUse(): Promise<PackEntry> {
  const s = server(answer(200, await packText(2), { ETag: '"r2"', 'Last-Modified': 'Tue, 01 Dec 2026 10:00:00 GMT' }));
  const first = await check(fresh(), s.fetch);
  if (first.kind !== 'updated') throw new Error('setup failed');
  return first.entry;
}

describe('checkSubscription', () => {
  it('takes the first revision with its header, count and validators, asking nothing conditional', async () => {
    const s = server(answer(200, await packText(2), { ETag: '"r2"' }));
    const result = await check(fresh(), s.fetch);
    expect(s.requests).toEqual([{ url: URL_, headers: {} }]);
    expect(result.kind).toBe('updated');
    expect(result.entry).toMatchObject({ title: 'Acme pack', revision: 2, asOf: '2026-04-01', entityCount: 2 });
    expect(result.entry.check).toMatchObject({ outcome: 'updated', checkedAt: NOW, etag: '"r2"' });
    expect(result.kind === 'updated' && result.data.entities).toEqual(good.entities);
  });

  it('asks conditionally and keeps the revision on 304 Not Modified', async () => {
    const entry = await inUse();
    const s = server(answer(304, ''));
    const result = await check(entry, s.fetch);
    expect(s.requests[0]?.headers).toEqual({ 'If-None-Match': '"r2"', 'If-Modified-Since': 'Tue, 01 Dec 2026 10:00:00 GMT' });
    expect(result.kind).toBe('unchanged');
    expect(result.entry).toMatchObject({ revision: 2, sha256: entry.sha256, check: { outcome: 'unchanged', etag: '"r2"' } });
  });

  it('takes a higher revision', async () => {
    const entry = await inUse();
    const more = [...good.entities.map((e: { summary: string }) => ({ ...e, summary: `${e.summary} Updated.` }))];
    const result = await check(entry, server(answer(200, await packText(3, more), { ETag: '"r3"' })).fetch);
    expect(result.kind).toBe('updated');
    expect(result.entry).toMatchObject({ revision: 3, check: { outcome: 'updated', etag: '"r3"' } });
  });

  it('reports the same revision as unchanged when the server ignores validators', async () => {
    const result = await check(await inUse(), server(answer(200, await packText(2))).fetch);
    expect(result.kind).toBe('unchanged');
  });

  const failures: Array<[string, () => Promise<FetchAnswer | Error>, RegExp, number?]> = [
    ['a bad hash', async () => answer(200, (await packText(3)).replace('a test company', 'a changed company')), /do not match its sha256/],
    [
      'an invalid entry',
      async () => {
        const broken = [{ ...good.entities[0], facts: [{ text: 'x', source: { title: 't', url: 'ftp://x' } }] }, good.entities[1]];
        return answer(200, await packText(3, broken));
      },
      /^entity "acme-ai", field facts\[0\]\.source\.url: /,
    ],
    ['a truncated body', async () => answer(200, (await packText(3)).slice(0, 300)), /^The pack is not valid JSON \(cut short/],
    ['a body over the size limit', async () => answer(200, await packText(3)), /^The pack is over 1 KB/, 1024],
    [
      'a declared size over the limit',
      async () => answer(200, '', { 'Content-Length': '5000000' }),
      /^The server says the pack is 4883 KB/,
    ],
    ['a server error', async () => answer(500, 'oops'), /^The server answered 500 Internal Server Error\.$/],
    ['no connection', async () => new TypeError('Failed to fetch'), /^Could not reach 127\.0\.0\.1:8123: Failed to fetch\.$/],
    ['an older revision', async () => answer(200, await packText(1)), /^The server offers revision 1, older than revision 2 in use\.$/],
    [
      'the same revision with other content',
      async () => answer(200, await packText(2, [good.entities[0]])),
      /^Revision 2 was changed without a new revision number/,
    ],
  ];

  for (const [what, make, reason, maxBytes] of failures) {
    it(`keeps the revision in use and records why on ${what}`, async () => {
      const entry = await inUse();
      const result = await check(entry, server(await make()).fetch, maxBytes);
      expect(result.kind).toBe('failed');
      // Everything about the revision in use is as it was, validators included.
      const { check: after, ...rest } = result.entry;
      const { check: before, ...was } = entry;
      expect(rest).toEqual(was);
      expect(after).toMatchObject({ outcome: 'failed', checkedAt: NOW, etag: before?.etag, lastModified: before?.lastModified });
      expect(after?.reasons?.[0]).toMatch(reason);
    });
  }

  it('stops reading a body as soon as it is over the limit', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(600));
      },
    });
    const endless: FetchAnswer = { ...answer(200, ''), body };
    const result = await check(await inUse(), server(endless).fetch, 1024);
    expect(result.entry.check?.reasons).toEqual(['The pack is over 1 KB; packs up to 1 KB are accepted.']);
    expect(pulled).toBeLessThan(5);
  });

  it('does not send a 304 for a subscription with nothing in use', async () => {
    const s = server(answer(304, ''));
    const result = await check({ ...fresh(), check: { outcome: 'failed', etag: '"x"', checkedAt: NOW - 5 } }, s.fetch);
    expect(s.requests[0]?.headers).toEqual({});
    expect(result.kind).toBe('failed');
    expect(result.entry.check?.reasons).toEqual(['The server answered 304 Not Modified.']);
  });
});
