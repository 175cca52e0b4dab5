import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../../../bot/channels/whatsapp/bounded-map.js';

describe('BoundedMap', () => {
  it('forgets the oldest entries beyond its limit', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('a', 3).set('c', 4);
    expect([map.has('a'), map.has('b'), map.has('c'), map.size]).toEqual([true, false, true, 2]);
  });
});
