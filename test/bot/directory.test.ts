// "Which server?": the answer may be the number, the id, the name, the IP or a word of the name.
import { describe, expect, it } from 'vitest';
import { Directory } from '../../bot/directory.js';
import { configWith } from '../questions/fixtures.js';

const config = configWith([{ id: 'vos-dhk', name: 'VOS Dhaka' }, { id: 'vos-ctg', name: 'VOS Chittagong' }, { id: 'vos-syl', name: 'Sylhet backup' }]);
const directory = new Directory(config);
const pick = (answer: string) => directory.pickServer(config.servers, answer)?.id ?? null;

describe('Directory.pickServer', () => {
  it('takes the number from the list, the id, the name and the IP', () => {
    expect(pick('2')).toBe('vos-ctg');
    expect(pick('3)')).toBe('vos-syl');
    expect(pick('vos-dhk')).toBe('vos-dhk');
    expect(pick('VOS Chittagong')).toBe('vos-ctg');
    expect(pick(config.servers[2]!.host)).toBe('vos-syl');
    expect(pick(`it is ${config.servers[0]!.host}`)).toBe('vos-dhk');
  });

  it('takes a word of the name or id that only one server has', () => {
    expect(pick('the chittagong one')).toBe('vos-ctg');
    expect(pick('dhaka please')).toBe('vos-dhk');
    expect(pick('the backup')).toBe('vos-syl');
    expect(pick('ctg')).toBe('vos-ctg');
  });

  it('takes nothing when no server, or more than one, fits', () => {
    expect(pick('4')).toBeNull();
    expect(pick('the vos one')).toBeNull();
    expect(pick('the server')).toBeNull();
    expect(pick('barisal')).toBeNull();
  });
});
