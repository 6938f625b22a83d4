/** The UI strings: both languages have every message, with the same placeholders, and code uses only known keys. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, RELATION_TYPES } from '@/lib/dataset/schema';
import { relationLabelKey } from '@/lib/relations';
import { MARK_STYLES } from '@/lib/settings/settings';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import config from '../../wxt.config';

type Messages = Record<string, { message: string }>;
const root = join(import.meta.dirname, '../..');
const placeholders = (m: string) => [...m.matchAll(/\$\d/g)].map((x) => x[0]).sort();

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('have the same keys and placeholders in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en as Messages)) {
      expect(placeholders((zh as Messages)[key]?.message ?? ''), key).toEqual(placeholders(message));
      expect(message.trim(), key).not.toBe('');
    }
  });

  it('cover every key the code asks for', () => {
    const used = new Set<string>();
    for (const file of [...sources('components'), ...sources('utils'), ...sources('entrypoints')]) {
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1] as string);
    }
    for (const c of CATEGORIES) used.add(`cat_${c}`).add(`cats_${c}`);
    for (const r of RELATION_TYPES) used.add(relationLabelKey(r, 'out')).add(relationLabelKey(r, 'in'));
    for (const s of MARK_STYLES) used.add(`markStyle_${s}`);
    expect([...used].filter((k) => !(k in en)).sort()).toEqual([]);
  });

  it('have every message the manifest asks for, in both browsers’ manifests', async () => {
    const manifest = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => object;
    for (const [browser, manifestVersion] of [
      ['chrome', 3],
      ['firefox', 2],
    ] as const) {
      const declared = JSON.stringify(await manifest({ browser, manifestVersion, mode: 'production', command: 'build' }));
      const keys = [...declared.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1] as string);
      // The name, the description and the keyboard command at least.
      expect(keys.length, browser).toBeGreaterThanOrEqual(3);
      expect(
        keys.filter((k) => !(k in en) || !(k in zh)),
        browser,
      ).toEqual([]);
    }
  });
});
