/**
 * The sample generator's own pseudo-random numbers: mulberry32 streams seeded through a murmur3
 * finaliser. Only 32-bit integer operations and exact IEEE divisions by 2^32 are used, so a seed
 * gives the same numbers on every machine, engine and time zone (no `Math.random`, no clock, no
 * transcendental functions whose last bit may differ between engines).
 *
 * @module
 * @internal
 */

/** A seeded stream of pseudo-random numbers. */
export interface Rng {
  /** The next number, uniform in `[0, 1)`, a multiple of 2^-32. */
  next(): number;
  /** The next integer, uniform in `[0, n)` (`n` a positive integer below 2^32). */
  int(n: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
}

/**
 * Mixes a 32-bit integer (murmur3's `fmix32`).
 *
 * @param value - any number; its low 32 bits are mixed
 * @returns a well-mixed unsigned 32-bit integer
 * @throws never
 * @example
 * ```ts
 * mix32(0); //=> 0
 * mix32(1) === mix32(1); //=> true
 * ```
 */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Creates an independent stream for `(seed, stream)`: each part of the dataset (orders, deals,
 * activities...) draws from its own stream, so changing the number of deals does not change the
 * orders.
 *
 * @param seed - a safe integer; all 53 bits take part (`seed` and `seed + 2^32` differ)
 * @param stream - a small integer naming the stream
 * @returns the stream, a mulberry32 generator
 * @throws never (the caller validates the seed)
 * @example
 * ```ts
 * const rng = createRng(42, 1);
 * rng.next(); //=> 0.5987304837908596  (in [0, 1), the same on every machine)
 * ```
 */
export function createRng(seed: number, stream: number): Rng {
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) | 0;
  let state = mix32(low ^ mix32(high ^ mix32(Math.imul(stream + 1, 0x9e3779b9)))) | 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number): number => Math.floor(next() * n),
    chance: (p: number): boolean => next() < p,
  };
}

/**
 * Picks an index from cumulative weights by binary search.
 *
 * @param cumulative - non-decreasing running sums of the weights, the last one positive
 * @param u - a uniform number in `[0, 1)`
 * @param from - first index of the table inside `cumulative` (default 0)
 * @param length - number of entries of the table (default the whole array)
 * @returns the index `i` (relative to `from`) with `cumulative[i - 1] <= u * total < cumulative[i]`
 * @throws never
 * @example
 * ```ts
 * pickCumulative(Float64Array.of(1, 3, 4), 0.5); //=> 1  (0.5 x 4 = 2 falls in [1, 3))
 * ```
 */
export function pickCumulative(
  cumulative: Float64Array,
  u: number,
  from = 0,
  length = cumulative.length - from,
): number {
  const total = cumulative[from + length - 1] as number;
  const target = u * total;
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[from + mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Running sums of weights.
 *
 * @param weights - non-negative weights
 * @returns `out[i] = weights[0] + ... + weights[i]`
 * @throws never
 * @example
 * ```ts
 * cumulate([1, 2, 1]); //=> Float64Array [1, 3, 4]
 * ```
 */
export function cumulate(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] as number;
    out[i] = sum;
  }
  return out;
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder; ties go to the
 * lower index), so the parts add up to `total` exactly.
 *
 * @param total - a non-negative integer
 * @param weights - non-negative weights, at least one positive
 * @returns the parts, one per weight
 * @throws never
 * @example
 * ```ts
 * apportion(10, [1, 1, 1]); //=> Int32Array [4, 3, 3]
 * ```
 */
export function apportion(total: number, weights: readonly number[]): Int32Array {
  const n = weights.length;
  const parts = new Int32Array(n);
  let sum = 0;
  for (const w of weights) sum += w;
  const remainders = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const quota = (total * (weights[i] as number)) / sum;
    const part = Math.floor(quota);
    parts[i] = part;
    remainders[i] = quota - part;
    given += part;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (remainders[b] as number) - (remainders[a] as number) || a - b,
  );
  for (let k = 0; given < total; k = (k + 1) % n, given++) {
    const i = order[k] as number;
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}
