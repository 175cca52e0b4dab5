import { describe, expect, it } from 'vitest';
import { BLOCK_BEGIN, BLOCK_END, readBlockValue, removeBlockValue, upsertBlockValue } from '../../executors/changes/sysctl-block.js';

describe('sysctl managed block', () => {
  it('creates a marked block at the end, after existing content', () => {
    const out = upsertBlockValue('kernel.pid_max = 65536', 'net.ipv4.tcp_tw_reuse', '1');
    expect(out).toBe(`kernel.pid_max = 65536\n${BLOCK_BEGIN}\nnet.ipv4.tcp_tw_reuse = 1\n${BLOCK_END}\n`);
    expect(readBlockValue(out, 'net.ipv4.tcp_tw_reuse')).toBe('1');
  });

  it('updates a key in place and adds new keys inside the block', () => {
    let c = upsertBlockValue('', 'net.ipv4.tcp_tw_reuse', '1');
    c = upsertBlockValue(c, 'net.ipv4.ip_local_port_range', '1024 65535');
    c = upsertBlockValue(c, 'net.ipv4.tcp_tw_reuse', '0');
    expect(c).toBe(`${BLOCK_BEGIN}\nnet.ipv4.tcp_tw_reuse = 0\nnet.ipv4.ip_local_port_range = 1024 65535\n${BLOCK_END}\n`);
  });

  it('ignores the same key outside the block', () => {
    const c = `net.ipv4.tcp_tw_reuse = 0\n`;
    expect(readBlockValue(c, 'net.ipv4.tcp_tw_reuse')).toBeNull();
  });

  it('removes keys and then the empty block, leaving the rest as it was', () => {
    const base = '# mine\nvm.swappiness = 10\n';
    let c = upsertBlockValue(base, 'net.ipv4.tcp_tw_reuse', '1');
    c = upsertBlockValue(c, 'net.ipv4.ip_local_port_range', '1024 65535');
    c = removeBlockValue(c, 'net.ipv4.tcp_tw_reuse');
    expect(readBlockValue(c, 'net.ipv4.ip_local_port_range')).toBe('1024 65535');
    c = removeBlockValue(c, 'net.ipv4.ip_local_port_range');
    expect(c).toBe(base);
  });
});
