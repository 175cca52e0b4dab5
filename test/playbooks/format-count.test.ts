import { describe, expect, it } from 'vitest';
import { formatCount } from '../../playbooks/format-count.js';

describe('formatCount', () => {
  it('groups thousands as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 28412, 1234567, -45000, 65535, 12.5]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 20 }));
    }
  });
});
