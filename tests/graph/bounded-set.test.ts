import { describe, expect, it } from 'vitest';
import { BoundedMap, BoundedSet } from '../../src/graph/bounded-set.js';

describe('BoundedSet', () => {
  it('remembers at least the most recent half of its limit and forgets older keys', () => {
    const set = new BoundedSet(100);
    for (let i = 0; i < 1000; i++) set.add(`k${i}`);
    for (let i = 950; i < 1000; i++) expect(set.has(`k${i}`)).toBe(true);
    expect(set.has('k0')).toBe(false);
    expect(set.has('k800')).toBe(false);
  });
});

describe('BoundedMap', () => {
  it('keeps a value that is still in use across generations', () => {
    const map = new BoundedMap<number>(10);
    map.set('hot', 1);
    for (let i = 0; i < 100; i++) {
      map.set(`k${i}`, i);
      expect(map.get('hot')).toBe(1);
    }
    expect(map.get('k0')).toBeUndefined();
    expect(map.get('k99')).toBe(99);
  });
});
