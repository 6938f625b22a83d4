/** Deterministic synthetic entities for scale benchmarks: pronounceable Latin names and rare-character Chinese names. */
import type { Entity } from '../../lib/dataset/dataset';
import { CATEGORIES } from '../../lib/dataset/schema';

const SYLLABLES = 'vor ka lin zed mir tas quo bel run dex fal nor pim sul gra tek wen yor hal ost cre vin mab tor lux'.split(' ');
const SUFFIXES = ['Labs', 'AI', 'Systems', 'Robotics', 'Capital', 'Media', 'Models', 'Cloud'];
const HAN = '澜琨煜翎瑄祎溟湛璟珩昶熠曦钰骁珂瑾琰晟铠'.split('');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticEntities(count: number, seed = 42): Entity[] {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const out: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const stem = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join('');
    const base = `${stem[0]?.toUpperCase()}${stem.slice(1)}${i.toString(36)}`;
    const name = `${base} ${pick(SUFFIXES)}`;
    const han = Array.from({ length: 3 }, () => pick(HAN)).join('') + i.toString(36);
    out.push({
      id: `synthetic-${i}`,
      name,
      category: pick(CATEGORIES),
      aliases: [name, base, han],
      summary: `${name} is a synthetic entity for benchmarks.`,
      facts: [{ text: 'Synthetic.', source: { title: 'bench', url: 'https://example.com/' } }],
      relations: [],
      origin: 'bundled',
      asOf: '2026-01-01',
    });
  }
  return out;
}
