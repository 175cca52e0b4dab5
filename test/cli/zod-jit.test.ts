// The command line's zod setting: without JIT from its first schema on, back on for the
// commands that serve for hours.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';

describe('zod JIT in the command line', () => {
  it('is off as soon as the module loads, and parseWithJit turns it on for schemas made later', async () => {
    expect(z.config().jitless).not.toBe(true);
    const { parseWithJit } = await import('../../cli/zod-jit.js');
    expect(z.config().jitless).toBe(true);
    parseWithJit();
    expect(z.config().jitless).toBe(false);
  });
});
