import { randomUUID } from 'node:crypto';

/** A clock that stands still until a test moves it. */
export class TestClock {
  #at = Date.parse('2030-01-01T00:00:00.000Z');
  readonly now = (): Date => new Date(this.#at);
  set(iso: string): void {
    this.#at = Date.parse(iso);
  }
  advance(ms: number): void {
    this.#at += ms;
  }
  iso(): string {
    return new Date(this.#at).toISOString();
  }
}

/** A name no other test (or earlier run of the suite on a shared database) uses. */
export const unique = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`;
