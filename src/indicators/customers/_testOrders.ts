/**
 * The random order histories of the customer indicators' properties: up to 40 orders in euros
 * between two instants, of a few sellers and customers (some with names such as `__proto__`, some
 * without a customer), amounts from -200 to 90,000 with cents.
 *
 * @internal
 * @module
 */
import { fc } from "@fast-check/vitest";
import { Dec } from "../../money/dec.js";
import type { Order } from "../../model/types.js";

/**
 * Orders dated in `[from, to]` (epoch ms), each of one of `sellers` and one of `customers`
 * (`undefined`: no customer), numbered `o0`, `o1`... in draw order.
 *
 * @param from - The earliest date, epoch ms.
 * @param to - The latest date, epoch ms.
 * @param sellers - The sellers drawn from.
 * @param customers - The customers drawn from.
 * @returns The arbitrary.
 * @category Testing
 */
export function customerOrdersArb(
  from: number,
  to: number,
  sellers: readonly string[],
  customers: readonly (string | undefined)[],
): fc.Arbitrary<Order[]> {
  return fc
    .array(
      fc.record({
        t: fc.integer({ min: from, max: to }),
        cents: fc.integer({ min: -20_000, max: 9_000_000 }),
        owner: fc.constantFrom(...sellers),
        customer: fc.constantFrom(...customers),
      }),
      { maxLength: 40 },
    )
    .map((drafts) =>
      drafts.map(
        (d, i) =>
          ({
            id: `o${i}`,
            date: new Date(d.t),
            amount: new Dec(d.cents).div(100),
            currency: "EUR",
            sellerId: d.owner,
            ...(d.customer === undefined ? {} : { customerId: d.customer }),
          }) as Order,
      ),
    );
}
