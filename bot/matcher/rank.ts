/**
 * Sorts a few items best first by `score`, in place; equal scores keep their order (as the
 * stable `Array.prototype.sort` would). An insertion sort: for the handful of candidates or
 * rule hits a message has, cheaper than `sort()` with a comparator.
 */
export function rankInPlace<T>(items: T[], score: (item: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    const s = score(item);
    let j = i - 1;
    while (j >= 0 && score(items[j] as T) < s) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
}
