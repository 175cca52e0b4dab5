/**
 * Quotes one argument for a POSIX shell. Everything that goes into a remote command
 * line passes through here, even values we validated ourselves.
 *
 * @example shellQuote("it's") === `'it'\\''s'`
 */
export function shellQuote(arg: string): string {
  if (arg.includes('\0')) throw new Error('NUL byte in a shell argument');
  if (/^[A-Za-z0-9_\/.=:,+@%-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
