/**
 * The middle values and the exact sum of a typed array of integers, without sorting it or making
 * a `bigint` per value, shared by the median measures (`decimalStats`, `spanStats`).
 *
 * @module
 */
/**
 * The `k`-th smallest of `values[0..n)`, by quickselect: the middles of a median without sorting.
 * `values` is reordered in place.
 */
function quickselect(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

/**
 * The two middle values of `values[0..n)` (n > 0): the same one twice when `n` is odd; their mean
 * is the median. `values` is reordered in place.
 *
 * @param values - The values; only the first `n` are read (and reordered).
 * @param n - How many values to read (at least 1).
 * @returns The lower and the upper middle.
 * @category Kernel
 */
export function middlesOf(values: Float64Array, n: number): { readonly low: number; readonly high: number } {
  const high = quickselect(values, n, n >>> 1);
  if (n % 2 === 1) return { low: high, high };
  // After the selection, every value left of `n >>> 1` is at most `high`: the lower middle is their largest.
  let low = values[0] as number;
  for (let i = 1; i < n >>> 1; i++) if ((values[i] as number) > low) low = values[i] as number;
  return { low, high };
}

/**
 * The exact sum of the integers `values[0..n)`: in a double while it stays a safe integer, then
 * in a `bigint`, so a long column costs no `bigint` step per value.
 */
export function sumOfSafeIntegers(values: Float64Array, n: number): bigint {
  let fast = 0;
  let slow = 0n;
  for (let i = 0; i < n; i++) {
    const next = fast + (values[i] as number);
    if (Number.isSafeInteger(next)) fast = next;
    else {
      slow += BigInt(fast);
      fast = values[i] as number;
    }
  }
  return slow + BigInt(fast);
}
