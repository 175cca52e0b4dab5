/**
 * A whole number with thousands separators: 28412 → "28,412". Written out because the
 * first toLocaleString() of a process loads ICU data, about 25 ms of every command.
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const [int, frac] = String(Math.abs(n)).split('.');
  return `${sign}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}
