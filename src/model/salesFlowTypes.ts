/**
 * The records of the sales flow (spec section 7): offers, prospects and customer requests
 * (tenders, specifications, inbound requests).
 *
 * @module
 */
import type { Decimal } from "decimal.js";

/**
 * Where an offer stands: still `pending`, or decided (`accepted`, `rejected`, `expired`,
 * `withdrawn`).
 * @category Model
 */
export type OfferStatus = "pending" | "accepted" | "rejected" | "expired" | "withdrawn";

/** An offer (devis, proposition) sent to a customer. @category Model */
export interface Offer {
  /** Stable, unique id of the offer. */
  readonly id: string;
  /** The seller who issued it. */
  readonly ownerId: string;
  /** The customer (or prospect) it was sent to. */
  readonly customerId: string;
  /** When it was issued (sent). */
  readonly issuedAt: Date;
  /** Its amount (any sign). */
  readonly amount: Decimal;
  /** ISO 4217 code. */
  readonly currency: string;
  /** Pending, or how it was decided. */
  readonly status: OfferStatus;
  /** When it was decided: present exactly when `status` is not `"pending"`, never before `issuedAt`. */
  readonly decidedAt?: Date | undefined;
  /** The order it turned into, when known; only on an accepted offer. */
  readonly orderId?: string | undefined;
  /** The deal (opportunity) it answers. */
  readonly dealId?: string | undefined;
}

/** A prospect: a possible customer, from creation to conversion or loss. @category Model */
export interface Prospect {
  /** Stable, unique id of the prospect. */
  readonly id: string;
  /** The seller who owns it. */
  readonly ownerId: string;
  /** When it entered the CRM. */
  readonly createdAt: Date;
  /** When it was qualified; not before `createdAt`. */
  readonly qualifiedAt?: Date | undefined;
  /** When it became a customer; not before `createdAt`, never with `lostAt`. */
  readonly convertedAt?: Date | undefined;
  /** When it was given up; not before `createdAt`, never with `convertedAt`. */
  readonly lostAt?: Date | undefined;
  /** The customer id it became (or is known under). */
  readonly customerId?: string | undefined;
}

/** The kind of a customer request: a call for tenders, a specification, or another inbound request. @category Model */
export type RequestKind = "tender" | "specification" | "request";

/** Where a customer request stands. @category Model */
export type RequestStatus = "open" | "processed" | "declined";

/**
 * A customer request (dossier): a call for tenders (appel d'offres), a specification (cahier des
 * charges) or another inbound request (demande).
 * @category Model
 */
export interface CustomerRequest {
  /** Stable, unique id of the request. */
  readonly id: string;
  /** Tender, specification or request. */
  readonly kind: RequestKind;
  /** The customer who sent it. */
  readonly customerId: string;
  /** The seller in charge. */
  readonly ownerId: string;
  /** When it was received. */
  readonly receivedAt: Date;
  /** When the customer first heard back (acknowledgement, first answer); not after `respondedAt`. */
  readonly firstResponseAt?: Date | undefined;
  /** When the answer (the bid, the reply) was sent. */
  readonly respondedAt?: Date | undefined;
  /** When it was processed (closed as done): present exactly when `status` is `"processed"`. */
  readonly processedAt?: Date | undefined;
  /** The deadline the customer asked for. */
  readonly dueAt?: Date | undefined;
  /** Open, processed or declined. */
  readonly status: RequestStatus;
}
