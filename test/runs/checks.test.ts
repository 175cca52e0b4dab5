// The pure parts of follow-ups and watches: judging a follow-up's figures on the fix's
// signals, and when "check at 21:00" is in a time zone.
import { describe, expect, it } from 'vitest';
import { judge } from '../../runs/follow-up.js';
import type { SymptomFigures } from '../../runs/model.js';
import { nextTimeOfDay } from '../../runs/watch.js';

const at = '2026-12-03T12:00:00.000Z';
const figures = (f: Partial<SymptomFigures>): SymptomFigures => ({ at, timeWait: null, bindFailuresLastHour: null, bindFailuresSinceFix: null, rstDropPackets: null, ...f });
const tw = (count: number, rangeSize: number) => ({ count, rangeSize, share: count / rangeSize });

describe('judge', () => {
  const cases: { name: string; signals: ('time_wait_share' | 'bind_failures' | 'rst_drops')[]; after?: Partial<SymptomFigures>; now: Partial<SymptomFigures>; persists: boolean; findings: string[] }[] = [
    { name: 'TIME_WAIT drained', signals: ['time_wait_share'], now: { timeWait: tw(900, 64_512) }, persists: false, findings: ['900 sockets in TIME_WAIT (1% of the ports)'] },
    { name: 'TIME_WAIT still fills the range', signals: ['time_wait_share'], now: { timeWait: tw(40_000, 64_512) }, persists: true, findings: ['40,000 sockets in TIME_WAIT (62% of the ports): still filling the port range'] },
    { name: 'new bind failures', signals: ['time_wait_share', 'bind_failures'], now: { timeWait: tw(10, 64_512), bindFailuresSinceFix: 2 }, persists: true, findings: ['10 sockets in TIME_WAIT (0% of the ports)', '2 new bind failures in the log since the fix'] },
    { name: 'RST drops still counting', signals: ['rst_drops'], after: { rstDropPackets: 25 }, now: { rstDropPackets: 31 }, persists: true, findings: ['the firewall dropped 6 more RST packets since the fix'] },
    { name: 'RST drops stopped', signals: ['rst_drops'], after: { rstDropPackets: 25 }, now: { rstDropPackets: 25 }, persists: false, findings: ['the firewall dropped no RST packets since the fix'] },
    { name: 'nothing readable', signals: ['time_wait_share', 'bind_failures', 'rst_drops'], now: {}, persists: false, findings: ['TIME_WAIT could not be counted', 'the softswitch log could not be read', 'no RST drop counter to compare'] },
  ];
  it.each(cases)('$name', ({ signals, after, now, persists, findings }) => {
    expect(judge({ signals, before: null, after: after ? figures(after) : null }, figures(now))).toEqual({ persists, findings });
  });
});

describe('nextTimeOfDay', () => {
  it('is today when the time is still ahead there, else tomorrow, in the zone given', () => {
    const now = new Date('2026-12-03T12:00:00Z'); // 18:00 in Dhaka (UTC+6)
    expect(nextTimeOfDay({ hour: 21, minute: 0 }, 'Asia/Dhaka', now).toISOString()).toBe('2026-12-03T15:00:00.000Z');
    expect(nextTimeOfDay({ hour: 9, minute: 30 }, 'Asia/Dhaka', now).toISOString()).toBe('2026-12-04T03:30:00.000Z');
    expect(nextTimeOfDay({ hour: 21, minute: 0 }, 'UTC', now).toISOString()).toBe('2026-12-03T21:00:00.000Z');
    // Across a date line: 02:00 in Dhaka is already the next day there.
    expect(nextTimeOfDay({ hour: 0, minute: 15 }, 'Asia/Dhaka', new Date('2026-12-03T20:00:00Z')).toISOString()).toBe('2026-12-04T18:15:00.000Z');
  });
});
