import { describe, expect, it } from 'vitest';
import { datasetChecksum } from '@/lib/dataset/checksum';

describe('dataset checksum', () => {
  it('does not depend on key order (storage may reorder keys), only on content', () => {
    const a = { asOf: '2026-01-01', entities: [{ id: 'x', name: 'X', aliases: ['X', { text: 'Ex', caseSensitive: true }] }] };
    const b = { entities: [{ aliases: ['X', { caseSensitive: true, text: 'Ex' }], name: 'X', id: 'x' }], asOf: '2026-01-01' };
    expect(datasetChecksum(a)).toBe(datasetChecksum(b));
    expect(datasetChecksum(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with any value, and with the order of list items', () => {
    const base = { entities: [{ id: 'x' }, { id: 'y' }] };
    expect(datasetChecksum({ entities: [{ id: 'y' }, { id: 'x' }] })).not.toBe(datasetChecksum(base));
    expect(datasetChecksum({ entities: [{ id: 'x' }, { id: 'z' }] })).not.toBe(datasetChecksum(base));
    expect(datasetChecksum({ entities: [{ id: 'x' }, { id: 'y', extra: 1 }] })).not.toBe(datasetChecksum(base));
    expect(datasetChecksum('1')).not.toBe(datasetChecksum(1));
  });
});
