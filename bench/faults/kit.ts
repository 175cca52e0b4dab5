// What every area of the fault matrix shares: probes, their tally, waiting.
/** One fault tried against the product: `run` throws (a ProbeFailure, or anything) when the product did not handle it. */
export interface Probe {
  readonly name: string;
  run(): Promise<void>;
}

/** A probe's verdict, saying why. */
export class ProbeFailure extends Error {
  override readonly name = 'ProbeFailure';
}

/** Fails the probe with `why` unless `ok`. */
export function check(ok: unknown, why: string): asserts ok {
  if (!ok) throw new ProbeFailure(why);
}

/** One area's tally. */
export interface Tally {
  readonly area: string;
  tried: number;
  handled: number;
  readonly failures: { probe: string; why: string }[];
}

/** Runs probes one after the other, each within `timeoutMs`; a probe that throws or times out counts as failed. */
export async function runProbes(area: string, probes: readonly Probe[], say: (line: string) => void, timeoutMs = 120_000): Promise<Tally> {
  const tally: Tally = { area, tried: 0, handled: 0, failures: [] };
  for (const probe of probes) {
    tally.tried++;
    const t0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe.run(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new ProbeFailure(`no verdict within ${timeoutMs / 1000} s`)), timeoutMs);
        }),
      ]);
      tally.handled++;
      say(`  ok    ${area}: ${probe.name} (${Math.round(performance.now() - t0)} ms)`);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      tally.failures.push({ probe: probe.name, why });
      say(`  FAIL  ${area}: ${probe.name}: ${why}`);
    } finally {
      clearTimeout(timer);
    }
  }
  return tally;
}

export { closedPort as freePort, sleep, until } from '../../testkit/wait.js';
