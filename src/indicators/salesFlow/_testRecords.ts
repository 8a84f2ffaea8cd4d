/**
 * Record builders for the sales-flow tests (hand-worked examples read better with one line per record).
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import type { CustomerRequest, Offer, Prospect, RequestKind } from "../../model/salesFlowTypes.js";
import type { Deal, Order } from "../../model/types.js";

export const at = (text: string): Date => new Date(text);
export const MARCH = { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") };

export function offer(
  id: string,
  issuedAt: string,
  amount: string,
  status: Offer["status"] = "pending",
  decidedAt?: string,
  ownerId = "ann",
): Offer {
  return {
    id,
    ownerId,
    customerId: "c1",
    issuedAt: at(issuedAt),
    amount: new Dec(amount),
    currency: "EUR",
    status,
    ...(decidedAt === undefined ? {} : { decidedAt: at(decidedAt) }),
  };
}

export function deal(id: string, createdAt: string, ownerId = "ann"): Deal {
  return {
    id,
    ownerId,
    amount: new Dec(1000),
    currency: "EUR",
    stage: "proposal",
    status: "open",
    createdAt: at(createdAt),
  };
}

export function order(id: string, date: string, amount: string, sellerId = "ann", currency = "EUR"): Order {
  return { id, date: at(date), amount: new Dec(amount), currency, sellerId, customerId: "c1" };
}

export function prospect(
  id: string,
  createdAt: string,
  outcome: Partial<Record<"convertedAt" | "lostAt", string>> = {},
  ownerId = "ann",
): Prospect {
  return {
    id,
    ownerId,
    createdAt: at(createdAt),
    ...(outcome.convertedAt === undefined ? {} : { convertedAt: at(outcome.convertedAt) }),
    ...(outcome.lostAt === undefined ? {} : { lostAt: at(outcome.lostAt) }),
  };
}

export interface RequestTimesInput {
  readonly firstResponseAt?: string;
  readonly respondedAt?: string;
  readonly processedAt?: string;
  readonly dueAt?: string;
  readonly status?: CustomerRequest["status"];
  readonly ownerId?: string;
}

export function request(
  id: string,
  kind: RequestKind,
  receivedAt: string,
  times: RequestTimesInput = {},
): CustomerRequest {
  const instant = (text: string | undefined): Date | undefined => (text === undefined ? undefined : at(text));
  const fields = {
    firstResponseAt: instant(times.firstResponseAt),
    respondedAt: instant(times.respondedAt),
    processedAt: instant(times.processedAt),
    dueAt: instant(times.dueAt),
  };
  return {
    id,
    kind,
    customerId: "c1",
    ownerId: times.ownerId ?? "ann",
    receivedAt: at(receivedAt),
    status: times.status ?? (times.processedAt === undefined ? "open" : "processed"),
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  };
}
