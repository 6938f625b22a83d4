import { describe, expect, it } from 'vitest';
import { sitePattern } from '../../../lib/packs/site';

describe('sitePattern', () => {
  it('is the scheme and host of a pack URL, without path, query or port', () => {
    expect(sitePattern('https://raw.githubusercontent.com/acme/pack/main/pack.json?x=1')).toBe('https://raw.githubusercontent.com/*');
    expect(sitePattern(new URL('http://127.0.0.1:8123/pack.json'))).toBe('http://127.0.0.1/*');
    expect(sitePattern('http://[::1]:8080/p.json')).toBe('http://[::1]/*');
  });
});
