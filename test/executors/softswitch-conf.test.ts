import { describe, expect, it } from 'vitest';
import { detectQuoting, findEntries, formatSwitch, parseSwitch, readValue, removeKey, setValue } from '../../executors/changes/softswitch-conf.js';

const conf = ['# VOS3000 softswitch', 'SS_SIP_PORT="5060"', '# SS_TCP_CLOSE_RESET="On"', 'SS_TCP_CLOSE_RESET="Off"', 'SS_MAX_CALLS="3000"', ''].join('\n');

describe('softswitch.conf editing', () => {
  it('reads the active value and ignores commented lines', () => {
    expect(readValue(conf, 'SS_TCP_CLOSE_RESET')).toBe('Off');
    expect(findEntries(conf, 'SS_TCP_CLOSE_RESET')).toHaveLength(1);
  });

  it('changes only the value, keeping every other byte', () => {
    const out = setValue(conf, 'SS_TCP_CLOSE_RESET', 'On');
    expect(out).toBe(conf.replace('SS_TCP_CLOSE_RESET="Off"', 'SS_TCP_CLOSE_RESET="On"'));
    expect(out.split('\n')[2]).toBe('# SS_TCP_CLOSE_RESET="On"');
  });

  it('keeps the bare KEY=V style of older releases', () => {
    const bare = 'SS_SIP_PORT=5060\nSS_TCP_CLOSE_RESET=off\n';
    expect(setValue(bare, 'SS_TCP_CLOSE_RESET', 'On')).toBe('SS_SIP_PORT=5060\nSS_TCP_CLOSE_RESET=On\n');
    expect(detectQuoting(bare)).toBe(false);
  });

  it('keeps CRLF line endings and trailing comments', () => {
    const crlf = 'SS_A="1"\r\nSS_TCP_CLOSE_RESET = "Off"  # set by vendor\r\n';
    expect(setValue(crlf, 'SS_TCP_CLOSE_RESET', 'On')).toBe('SS_A="1"\r\nSS_TCP_CLOSE_RESET = "On"  # set by vendor\r\n');
  });

  it('appends an absent key in the file style, adding the missing final newline', () => {
    expect(setValue('SS_A="1"', 'SS_TCP_CLOSE_RESET', 'On')).toBe('SS_A="1"\nSS_TCP_CLOSE_RESET="On"\n');
    expect(setValue('SS_A=1\r\n', 'SS_TCP_CLOSE_RESET', 'On')).toBe('SS_A=1\r\nSS_TCP_CLOSE_RESET=On\r\n');
    expect(setValue('', 'SS_TCP_CLOSE_RESET', 'Off')).toBe('SS_TCP_CLOSE_RESET="Off"\n');
  });

  it('rewrites every duplicate so they cannot disagree; the last one is the effective value', () => {
    const dup = 'SS_TCP_CLOSE_RESET="On"\nSS_X="y"\nSS_TCP_CLOSE_RESET="Off"\n';
    expect(readValue(dup, 'SS_TCP_CLOSE_RESET')).toBe('Off');
    expect(setValue(dup, 'SS_TCP_CLOSE_RESET', 'On')).toBe('SS_TCP_CLOSE_RESET="On"\nSS_X="y"\nSS_TCP_CLOSE_RESET="On"\n');
  });

  it('does not match keys that only share a prefix', () => {
    const other = 'SS_TCP_CLOSE_RESET_TIMEOUT="5"\n';
    expect(readValue(other, 'SS_TCP_CLOSE_RESET')).toBeNull();
  });

  it('survives binary junk byte for byte (latin1 round trip)', () => {
    const junk = Buffer.from([0xff, 0xfe, 0x00, 0x0a, ...Buffer.from('SS_TCP_CLOSE_RESET="Off"\n'), 0x80, 0x81]);
    const out = Buffer.from(setValue(junk.toString('latin1'), 'SS_TCP_CLOSE_RESET', 'On'), 'latin1');
    expect(out.subarray(0, 4)).toEqual(junk.subarray(0, 4));
    expect(out.subarray(-2)).toEqual(junk.subarray(-2));
  });

  it('refuses to write a value with shell or file syntax in it', () => {
    expect(() => setValue(conf, 'SS_TCP_CLOSE_RESET', 'On"\nSS_EVIL="1')).toThrow();
  });

  it('removes a key we added, for rollback', () => {
    expect(removeKey('SS_A="1"\nSS_TCP_CLOSE_RESET="On"\n', 'SS_TCP_CLOSE_RESET')).toBe('SS_A="1"\n');
  });

  it('reads On/Off, 1/0 and true/false in any case, and writes the server style', () => {
    for (const v of ['On', 'ON', 'on', '1', 'true', 'TRUE', 'yes']) expect(parseSwitch(v)).toBe(true);
    for (const v of ['Off', 'OFF', '0', 'false', 'no']) expect(parseSwitch(v)).toBe(false);
    expect(parseSwitch('maybe')).toBeNull();
    expect(formatSwitch(true, 'OnOff')).toBe('On');
    expect(formatSwitch(false, '1/0')).toBe('0');
    expect(formatSwitch(true, 'ON/OFF')).toBe('ON');
  });
});
