import type { Decimal } from "decimal.js";

/** A seller (owner of orders, deals and activities) and the team they belong to. @category Model */
export interface Seller {
  /** Stable id; the `sellerId` / `ownerId` of records. */
  readonly id: string;
  /** Display name, when the roster gives one (show the id otherwise). */
  readonly name?: string | undefined;
  /** The seller's team, when teams are used. */
  readonly teamId?: string | undefined;
}

/** An order or invoice line: realized revenue (negative for credit notes and returns). @category Model */
export interface Order {
  /** Stable, unique id of the order line. */
  readonly id: string;
  /** When the revenue is realized (order or invoice date). */
  readonly date: Date;
  /** Net amount; negative for a credit note. */
  readonly amount: Decimal;
  /** ISO 4217 code. */
  readonly currency: string;
  /** The seller credited. */
  readonly sellerId: string;
  /** The customer. */
  readonly customerId: string;
  /** Amount before discount (with `discount`, `amount = grossAmount - discount`). */
  readonly grossAmount?: Decimal | undefined;
  /** Discount granted; negative only on a credit note. */
  readonly discount?: Decimal | undefined;
  /** Margin on the order. */
  readonly margin?: Decimal | undefined;
  /** Hours of production sold; negative only on a credit note. */
  readonly hoursSold?: Decimal | undefined;
  /** The offer this order came from. */
  readonly offerId?: string | undefined;
  /** The deal this order came from. */
  readonly dealId?: string | undefined;
}

/** Who a target is set for: a seller, a team, or the whole company. @category Model */
export type TargetLevel = "seller" | "team" | "company";

/** A revenue target (quota, objective) over its own `[start, end)` range. @category Model */
export interface RevenueTarget {
  /** Stable, unique id of the target. */
  readonly id: string;
  /** The level the target is set at. */
  readonly level: TargetLevel;
  /** The seller id or team id; absent for the company. */
  readonly scopeId?: string | undefined;
  /** First instant the target covers. */
  readonly start: Date;
  /** First instant after the target's range. */
  readonly end: Date;
  /** Target amount over the whole range, at least 0. */
  readonly amount: Decimal;
  /** ISO 4217 code. */
  readonly currency: string;
}

/** A deal's lifecycle status. @category Model */
export type DealStatus = "open" | "won" | "lost";

/** An opportunity in the pipeline. @category Model */
export interface Deal {
  /** Stable, unique id of the deal. */
  readonly id: string;
  /** The seller who owns the deal. */
  readonly ownerId: string;
  /** The customer or prospect. */
  readonly customerId?: string | undefined;
  /** Expected (or final) amount. */
  readonly amount: Decimal;
  /** ISO 4217 code. */
  readonly currency: string;
  /** Pipeline stage, looked up in the stage map when `probability` is absent. */
  readonly stage: string;
  /** Explicit win probability in [0, 1]; overrides the stage map, 0 included. */
  readonly probability?: Decimal | undefined;
  /** When the deal was created. */
  readonly createdAt: Date;
  /** Expected close, a calendar day (its first instant in the reporting zone). */
  readonly expectedCloseDate?: Date | undefined;
  /** Open, won or lost. */
  readonly status: DealStatus;
  /** When the deal was won or lost; present exactly when `status` is not `"open"`. */
  readonly closedAt?: Date | undefined;
  /** Why a lost deal was lost. */
  readonly lossReason?: string | undefined;
  /** The competitor that won a lost deal. */
  readonly competitor?: string | undefined;
}

/** What happened to an activity. @category Model */
export type ActivityStatus = "done" | "planned" | "cancelled";

/** The activity types the library knows; callers can use their own strings too. @category Model */
export const ACTIVITY_TYPES = ["call", "email", "meeting", "demo", "quote", "qualified-lead", "visit"] as const;

/** A known activity type, or any type of the caller's own. @category Model */
export type ActivityType = (typeof ACTIVITY_TYPES)[number] | (string & {});

/** A commercial action: call, email, meeting, demo, quote, qualified lead, visit... @category Model */
export interface Activity {
  /** Stable, unique id of the activity. */
  readonly id: string;
  /** The seller who did (or planned) it. */
  readonly ownerId: string;
  /** Its type. */
  readonly type: ActivityType;
  /** When it happened or is planned. */
  readonly date: Date;
  /** Done, planned or cancelled. */
  readonly status: ActivityStatus;
  /** The customer concerned. */
  readonly customerId?: string | undefined;
  /** The deal it works on. */
  readonly dealId?: string | undefined;
  /** Length in minutes. */
  readonly durationMinutes?: number | undefined;
  /** Why a cancelled activity was cancelled (`"service"`, `"customer"`, or other text); only on cancelled activities. */
  readonly cancellationCause?: string | undefined;
}

/** A target count of done activities of one type over a range. @category Model */
export interface ActivityTarget {
  /** Stable, unique id of the target. */
  readonly id: string;
  /** The level the target is set at. */
  readonly level: TargetLevel;
  /** The seller id or team id; absent for the company. */
  readonly scopeId?: string | undefined;
  /** The activity type it counts. */
  readonly type: ActivityType;
  /** First instant the target covers. */
  readonly start: Date;
  /** First instant after the target's range. */
  readonly end: Date;
  /** Target count over the whole range, at least 0. */
  readonly count: Decimal;
}

/** Who a figure is computed for: the whole company (all sellers), one team, or one seller. @category Model */
export type Scope =
  | {
      /** Everyone: all records, company-level targets. */
      readonly level: "company";
    }
  | {
      /** One team: records of its sellers (from the roster), team-level targets. */
      readonly level: "team";
      /** The team's id, as in `Seller.teamId`. */
      readonly teamId: string;
    }
  | {
      /** One seller: the seller's records and seller-level targets. */
      readonly level: "seller";
      /** The seller's id. */
      readonly sellerId: string;
    };
