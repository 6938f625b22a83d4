import { describe, expect, it } from 'vitest';
import { loadIndex } from '@/lib/match/compiled';
import { compileBundledData, moduleSource } from '@/scripts/build/bundled-index';

describe('the bundled index module', () => {
  const { index } = compileBundledData();
  const source = moduleSource(index);

  it('evaluates to the compiled index, field for field', async () => {
    const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: unknown };
    expect(module.default).toEqual(index);
    const loaded = loadIndex(module.default);
    expect(loaded.ok && loaded.tables.entityCount).toBe(index.entities);
  });

  it('carries the index as literals, with nothing left to parse when a frame starts', () => {
    expect(source).not.toContain('JSON.parse');
    expect(source.startsWith('export default {')).toBe(true);
  });
});
