/**
 * The records of the "service" indicators (spec section 7): deliveries, complaints, penalties and
 * survey responses.
 *
 * @module
 */
import type { Decimal } from "decimal.js";

/** A delivery of an order to its customer (mise à disposition). @category Model */
export interface Delivery {
  /** Stable, unique id of the delivery. */
  readonly id: string;
  /** The order delivered. */
  readonly orderId: string;
  /** The customer delivered. */
  readonly customerId: string;
  /** When the delivery was promised to the customer. */
  readonly promisedAt: Date;
  /** When the customer asked for the delivery (the demand); never after `deliveredAt`. */
  readonly requestedAt?: Date | undefined;
  /** When it was delivered; absent while still undelivered. */
  readonly deliveredAt?: Date | undefined;
  /** Whether what was delivered matches the demand; absent when not assessed (only on a delivered one). */
  readonly conforming?: boolean | undefined;
  /** Why it does not conform; only on a delivery marked `conforming: false`. */
  readonly nonConformityReason?: string | undefined;
}

/**
 * The complaint categories (réclamations): commercial, product, delivery, billing, other.
 *
 * @example
 * ```ts
 * COMPLAINT_CATEGORIES; //=> ["commercial", "product", "delivery", "billing", "other"]
 * ```
 * @category Model
 */
export const COMPLAINT_CATEGORIES = ["commercial", "product", "delivery", "billing", "other"] as const;

/** A complaint category; see {@link COMPLAINT_CATEGORIES}. @category Model */
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** A customer complaint (réclamation). @category Model */
export interface Complaint {
  /** Stable, unique id of the complaint. */
  readonly id: string;
  /** The customer who complained. */
  readonly customerId: string;
  /** When it was received. */
  readonly receivedAt: Date;
  /** What it is about. */
  readonly category: ComplaintCategory;
  /** The seller it is attributed to. */
  readonly ownerId?: string | undefined;
}

/** A penalty paid to a customer (late delivery, breach of contract...). @category Model */
export interface Penalty {
  /** Stable, unique id of the penalty. */
  readonly id: string;
  /** The customer paid. */
  readonly customerId: string;
  /** When it was paid (or booked). */
  readonly date: Date;
  /** The amount paid; negative for a penalty refunded or waived after payment. */
  readonly amount: Decimal;
  /** ISO 4217 code. */
  readonly currency: string;
  /** The order it relates to. */
  readonly orderId?: string | undefined;
  /** The delivery it relates to. */
  readonly deliveryId?: string | undefined;
}

/** A customer's answer to a satisfaction survey: a score on the survey's own scale. @category Model */
export interface SurveyResponse {
  /** Stable, unique id of the response. */
  readonly id: string;
  /** The customer who answered. */
  readonly customerId: string;
  /** When the customer answered. */
  readonly date: Date;
  /** The score, within `[scaleMin, scaleMax]`. */
  readonly score: Decimal;
  /** The lowest score of the survey's scale. */
  readonly scaleMin: Decimal;
  /** The highest score of the survey's scale, above `scaleMin`. */
  readonly scaleMax: Decimal;
}
