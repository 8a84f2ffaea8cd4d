/**
 * Presets for the CSV exports of common CRMs: their column names mapped to the record fields, and
 * the few values and derived fields the records need (a status from a stage, a percentage).
 *
 * @module
 */
import type { CsvRecordKind } from "./recordKinds.js";

/**
 * A CSV row after the header mapping: field name -> the cell's text, in a prototype-free object (a
 * column named `__proto__` is a plain key).
 *
 * @example
 * ```ts
 * const row: CsvRow = Object.assign(Object.create(null), { id: "d-1", stage: "Closed Won" });
 * ```
 * @category CSV
 */
export type CsvRow = Record<string, string>;

/**
 * A preset's rules for one record kind.
 *
 * @example
 * ```ts
 * const deals: CsvPresetKind = { columns: { "Deal - ID": "id", "Deal - Stage": ["stage", "status"] } };
 * ```
 * @category CSV
 */
export interface CsvPresetKind {
  /** The export's column name -> the field (or fields) it fills. */
  readonly columns: Readonly<Record<string, string | readonly string[]>>;
  /**
   * Value translations, per field: the export's value (compared without case and outer spaces) ->
   * the record's. `"*"` translates any other non-empty value; a value with no entry is kept.
   */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Fills fields that depend on several columns (a closing date only for closed deals...), in place. */
  readonly derive?: (row: CsvRow) => void;
}

/**
 * A CRM export's preset: where its column names come from, and the rules per record kind.
 *
 * @example
 * ```ts
 * const preset: CsvPreset = { name: "mine", source: "our export", kinds: { orders: { columns: { Total: "amount" } } } };
 * ```
 * @category CSV
 */
export interface CsvPreset {
  /** The preset's name. */
  readonly name: string;
  /** Where its column names and values come from (documentation, sample exports). */
  readonly source: string;
  /** The rules for each record kind the CRM exports. */
  readonly kinds: Readonly<Partial<Record<CsvRecordKind, CsvPresetKind>>>;
}

/** A closed deal's closing date is its `closeDate`; an open deal's `closeDate` is the one expected. */
function closeDateByStatus(row: CsvRow): void {
  const date = row["closeDate"];
  delete row["closeDate"];
  if (date === undefined || date === "") return;
  if (row["status"] === "won" || row["status"] === "lost") row["closedAt"] ??= date;
  else row["expectedCloseDate"] = date;
}

/** `"40"` (a percentage without its sign, as Salesforce writes it) -> `"40%"`. */
function percentSign(row: CsvRow, field: string): void {
  const value = row[field];
  if (value !== undefined && value !== "" && !value.includes("%")) row[field] = `${value}%`;
}

/**
 * HubSpot's deal export (CRM > Deals > Export). Columns are the labels of HubSpot's default deal
 * properties: "Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Create Date", "Deal
 * owner", "Deal probability", "Closed Lost Reason", "Currency" (HubSpot's knowledge base, "HubSpot's
 * default deal properties", https://knowledge.hubspot.com/properties/hubspots-default-deal-properties;
 * a customer's glossary of the same labels: https://hubspot.orchestraco.com/knowledge/glossary-of-deal-terms-fields).
 * The status comes from the stage: the default pipeline's "Closed Won" and "Closed Lost" stages
 * (internal values `closedwon`, `closedlost`), any other stage is open. The close date is the
 * closing date of a closed deal, the expected one of an open deal. The owner is the owner's name
 * as exported.
 */
const HUBSPOT: CsvPreset = {
  name: "hubspot",
  source: "https://knowledge.hubspot.com/properties/hubspots-default-deal-properties",
  kinds: {
    deals: {
      columns: {
        "Record ID": "id",
        "Deal owner": "ownerId",
        "Deal Owner": "ownerId",
        "Associated Company": "customerId",
        Amount: "amount",
        Currency: "currency",
        "Deal Stage": ["stage", "status"],
        "Deal probability": "probability",
        "Create Date": "createdAt",
        "Close Date": "closeDate",
        "Closed Lost Reason": "lossReason",
      },
      values: {
        status: { "closed won": "won", closedwon: "won", "closed lost": "lost", closedlost: "lost", "*": "open" },
      },
      derive: (row) => {
        closeDateByStatus(row);
      },
    },
  },
};

/**
 * Salesforce's opportunity report export (Reports > Opportunities > Export, "Details only"), with
 * the field labels of Salesforce Help's "Opportunity Fields"
 * (https://help.salesforce.com/s/articleView?id=sales.opp_fields.htm): "Opportunity ID",
 * "Opportunity Owner", "Account Name", "Amount", "Opportunity Currency", "Stage", "Probability (%)",
 * "Created Date", "Close Date", "Closed", "Won"; the Data Loader's API names (`Id`, `OwnerId`,
 * `AccountId`, `Amount`, `CurrencyIsoCode`, `StageName`, `Probability`, `CreatedDate`, `CloseDate`,
 * `IsClosed`, `IsWon`) are accepted too. A report listing the same columns for an import:
 * https://n-rich.atlassian.net/wiki (N.Rich, "Opportunity ID, Created date, Stage, Amount, Close
 * date, Closed (true / false), Won (true / false)"). The status comes from Closed and Won when the
 * export has them, else from the default stages "Closed Won" / "Closed Lost"; probabilities are
 * percentages without their sign.
 */
const SALESFORCE: CsvPreset = {
  name: "salesforce",
  source: "https://help.salesforce.com/s/articleView?id=sales.opp_fields.htm",
  kinds: {
    deals: {
      columns: {
        "Opportunity ID": "id",
        Id: "id",
        "Opportunity Owner": "ownerId",
        OwnerId: "ownerId",
        "Account Name": "customerId",
        AccountId: "customerId",
        Amount: "amount",
        "Opportunity Currency": "currency",
        CurrencyIsoCode: "currency",
        Stage: ["stage", "status"],
        StageName: ["stage", "status"],
        "Probability (%)": "probability",
        Probability: "probability",
        "Created Date": "createdAt",
        CreatedDate: "createdAt",
        "Close Date": "closeDate",
        CloseDate: "closeDate",
        Closed: "closed",
        IsClosed: "closed",
        Won: "won",
        IsWon: "won",
        "Loss Reason": "lossReason",
      },
      values: {
        status: { "closed won": "won", "closed lost": "lost", "*": "open" },
      },
      derive: (row) => {
        const closed = row["closed"]?.toLowerCase();
        const won = row["won"]?.toLowerCase();
        if (closed !== undefined && closed !== "") {
          const yes = (text: string | undefined): boolean => text === "true" || text === "1";
          row["status"] = yes(closed) ? (yes(won) ? "won" : "lost") : "open";
        }
        delete row["closed"];
        delete row["won"];
        percentSign(row, "probability");
        closeDateByStatus(row);
      },
    },
  },
};

/**
 * Pipedrive's spreadsheet export (Deals or Activities list > "..." > Export filter results), whose
 * columns are the field names prefixed by the item type: "Deal - ID", "Deal - Title", "Deal -
 * Value", "Deal - Currency", "Deal - Owner", "Deal - Organization", "Deal - Stage", "Deal -
 * Status" (Open, Won, Lost), "Deal - Deal created", "Deal - Expected close date", "Deal - Won
 * time", "Deal - Lost time", "Deal - Lost reason", "Deal - Probability"; "Activity - ID",
 * "Activity - Type", "Activity - Due date", "Activity - Done" ("Done" / "To do"), "Activity -
 * Assigned to user", "Activity - Deal ID" (Pipedrive Knowledge Base, "Exporting data from
 * Pipedrive", https://support.pipedrive.com/en/article/exporting-data-from-pipedrive; the
 * "Item - Field" naming is also shown in https://getcapt.com/blog/pipedrive-import-csv; the
 * deal's API fields `id, owner_id, title, stage_id, currency, value, expected_close_date,
 * won_time, lost_time`: github.com/trackit/crm-pipedrive2ace, src/migration/datastructures/PipedriveDeal.ts).
 * Probabilities are percentages without their sign.
 */
const PIPEDRIVE: CsvPreset = {
  name: "pipedrive",
  source: "https://support.pipedrive.com/en/article/exporting-data-from-pipedrive",
  kinds: {
    deals: {
      columns: {
        "Deal - ID": "id",
        "Deal - Owner": "ownerId",
        "Deal - Organization": "customerId",
        "Deal - Value": "amount",
        "Deal - Currency": "currency",
        "Deal - Stage": "stage",
        "Deal - Status": "status",
        "Deal - Probability": "probability",
        "Deal - Deal created": "createdAt",
        "Deal - Expected close date": "expectedCloseDate",
        "Deal - Won time": "wonTime",
        "Deal - Lost time": "lostTime",
        "Deal - Lost reason": "lossReason",
      },
      values: { status: { open: "open", won: "won", lost: "lost", deleted: "open" } },
      derive: (row) => {
        const closedAt = row["status"] === "won" ? row["wonTime"] : row["status"] === "lost" ? row["lostTime"] : "";
        if (closedAt !== undefined && closedAt !== "") row["closedAt"] = closedAt;
        delete row["wonTime"];
        delete row["lostTime"];
        percentSign(row, "probability");
      },
    },
    activities: {
      columns: {
        "Activity - ID": "id",
        "Activity - Assigned to user": "ownerId",
        "Activity - Type": "type",
        "Activity - Due date": "date",
        "Activity - Done": "status",
        "Activity - Deal ID": "dealId",
      },
      values: { status: { done: "done", "to do": "planned", "not done": "planned" } },
    },
  },
};

/**
 * Odoo's export of CRM opportunities (`crm.lead`, CRM > Pipeline > list view > select > Export)
 * and of sales orders (`sale.order`). Without "I want to update data" the header holds the
 * fields' labels ("Opportunity", "Customer", "Salesperson", "Expected Revenue", "Probability",
 * "Stage", "Created on", "Expected Closing", "Closed Date", "Lost Reason"; "Order Reference",
 * "Order Date", "Untaxed Amount", "Currency"); with it, the technical names (`id`,
 * `expected_revenue`, `probability`, `stage_id`, `user_id`, `partner_id`, `create_date`,
 * `date_deadline`, `date_closed`, `lost_reason_id`; `name`, `date_order`, `amount_untaxed`,
 * `currency_id`), both accepted. Sources: Odoo's `crm.lead` model (fields `expected_revenue,
 * probability, stage_id, user_id, date_deadline, date_closed, create_date`, as read by API
 * clients, e.g. a `CrmLead` type in the code corpus), an Odoo Apps export module's column list
 * ("Opportunity, Customer, Sales Person, Deadline, Stage",
 * https://apps.odoo.com/apps/modules/15.0/crm_lead_export_xlsx) and Odoo's documentation on
 * exporting (https://www.odoo.com/documentation/17.0/applications/essentials/export_import_data.html).
 * Odoo has no status column: a deal in a stage named "Won" is won, one with a lost reason is lost
 * (Odoo archives lost opportunities: export them with the "Archived" filter to count them), any
 * other is open. Order revenue is the untaxed amount.
 */
const ODOO: CsvPreset = {
  name: "odoo",
  source: "https://www.odoo.com/documentation/17.0/applications/essentials/export_import_data.html",
  kinds: {
    deals: {
      columns: {
        ID: "id",
        id: "id",
        Salesperson: "ownerId",
        user_id: "ownerId",
        Customer: "customerId",
        partner_id: "customerId",
        "Expected Revenue": "amount",
        expected_revenue: "amount",
        Currency: "currency",
        company_currency: "currency",
        Stage: ["stage", "status"],
        stage_id: ["stage", "status"],
        Probability: "probability",
        probability: "probability",
        "Created on": "createdAt",
        create_date: "createdAt",
        "Expected Closing": "expectedCloseDate",
        date_deadline: "expectedCloseDate",
        "Closed Date": "closedAt",
        date_closed: "closedAt",
        "Lost Reason": "lossReason",
        lost_reason_id: "lossReason",
      },
      values: { status: { won: "won", "*": "open" } },
      derive: (row) => {
        if (row["lossReason"] !== undefined && row["lossReason"] !== "") row["status"] = "lost";
        percentSign(row, "probability");
        if (row["status"] === "open") delete row["closedAt"];
      },
    },
    orders: {
      columns: {
        "Order Reference": "id",
        name: "id",
        "Order Date": "date",
        date_order: "date",
        "Untaxed Amount": "amount",
        amount_untaxed: "amount",
        Currency: "currency",
        currency_id: "currency",
        Salesperson: "sellerId",
        user_id: "sellerId",
        Customer: "customerId",
        partner_id: "customerId",
      },
    },
  },
};

/**
 * The presets by name: `odoo`, `hubspot`, `salesforce`, `pipedrive` (see each one's `source`). A
 * preset maps the export's own column names and values; `columns` and `defaults` given to
 * {@link readCsv} complete or override it (for custom fields, or a currency the export omits).
 *
 * @example
 * ```ts
 * Object.keys(CSV_PRESETS); //=> ["odoo", "hubspot", "salesforce", "pipedrive"]
 * CSV_PRESETS.pipedrive.kinds.deals?.columns["Deal - Value"]; //=> "amount"
 * ```
 * @category CSV
 */
export const CSV_PRESETS: Readonly<Record<CsvPresetName, CsvPreset>> = {
  odoo: ODOO,
  hubspot: HUBSPOT,
  salesforce: SALESFORCE,
  pipedrive: PIPEDRIVE,
};

/**
 * The name of a built-in preset (see {@link CSV_PRESETS}).
 *
 * @example
 * ```ts
 * const name: CsvPresetName = "hubspot";
 * ```
 * @category CSV
 */
export type CsvPresetName = "odoo" | "hubspot" | "salesforce" | "pipedrive";
