import { describe, expect, it } from "vitest";
import { createRequestSchema, RequestSchema } from "./requestSchema.js";
import { parseRequests } from "./parseRequests.js";

function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "r-1",
    kind: "tender",
    customerId: "c-1",
    ownerId: "s-1",
    receivedAt: "2026-03-02T09:00:00Z",
    status: "open",
    ...overrides,
  };
}

function issues(rows: readonly unknown[], options?: Parameters<typeof parseRequests>[1]): [string, string][] {
  const result = parseRequests(rows, options);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
}

describe("parseRequests: valid rows", () => {
  it("reads the three kinds from CSV cells", () => {
    const result = parseRequests([
      row({ firstResponseAt: "", respondedAt: "", processedAt: "", dueAt: "" }),
      row({
        id: "r-2",
        kind: "specification",
        firstResponseAt: "2026-03-03T10:00:00Z",
        respondedAt: "2026-03-09T10:00:00Z",
        processedAt: "2026-03-10",
        dueAt: "2026-03-10",
        status: "processed",
      }),
      row({ id: "r-3", kind: "request", respondedAt: "2026-03-02T09:00:00Z", status: "declined" }),
    ]);
    expect(result.errors).toEqual([]);
    const [open, processed, declined] = result.records;
    expect(open?.respondedAt).toBeUndefined();
    expect(processed?.processedAt?.toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(processed?.dueAt?.toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(declined?.kind).toBe("request");
  });

  it("accepts a date-only deadline on the day of reception (dueAt is not compared with receivedAt)", () => {
    expect(issues([row({ dueAt: "2026-03-02" })])).toEqual([]);
  });

  it("is usable as a zod schema, with the zone of the factory", () => {
    expect(RequestSchema.safeParse(row()).success).toBe(true);
    // Worked by hand: Paris is UTC+1 on 10 March; midnight there is 9 March 23:00Z.
    expect(
      createRequestSchema({ timeZone: "Europe/Paris" })
        .parse(row({ dueAt: "2026-03-10" }))
        .dueAt?.toISOString(),
    ).toBe("2026-03-09T23:00:00.000Z");
  });
});

describe("parseRequests: rejected rows", () => {
  it("requires processedAt exactly for processed requests", () => {
    expect(issues([row({ status: "processed" })])).toEqual([
      ["processedAt", "required: a processed request needs processedAt"],
    ]);
    expect(issues([row({ processedAt: "2026-03-05" })])).toEqual([
      ["processedAt", "a request with status open has no processedAt (leave it empty, or set status to processed)"],
    ]);
    expect(issues([row({ status: "declined", processedAt: "2026-03-05" })])).toEqual([
      ["processedAt", "a request with status declined has no processedAt (leave it empty, or set status to processed)"],
    ]);
  });

  it("rejects responses and processing before reception, naming every one", () => {
    expect(
      issues([
        row({
          firstResponseAt: "2026-03-01T09:00:00Z",
          respondedAt: "2026-03-01T10:00:00Z",
          processedAt: "2026-03-01",
          status: "processed",
        }),
      ]),
    ).toEqual([
      ["firstResponseAt", "firstResponseAt (2026-03-01T09:00:00.000Z) is before receivedAt (2026-03-02T09:00:00.000Z)"],
      ["respondedAt", "respondedAt (2026-03-01T10:00:00.000Z) is before receivedAt (2026-03-02T09:00:00.000Z)"],
      ["processedAt", "processedAt (2026-03-01T00:00:00.000Z) is before receivedAt (2026-03-02T09:00:00.000Z)"],
    ]);
  });

  it("rejects a first response after the answer", () => {
    expect(issues([row({ firstResponseAt: "2026-03-05T09:00:00Z", respondedAt: "2026-03-04T09:00:00Z" })])).toEqual([
      ["respondedAt", "respondedAt (2026-03-04T09:00:00.000Z) is before firstResponseAt (2026-03-05T09:00:00.000Z)"],
    ]);
  });

  it("rejects unknown kinds and statuses without piling cross-field issues on them", () => {
    expect(issues([row({ kind: "rfp" })])).toEqual([
      ["kind", 'expected one of "tender", "specification", "request", got "rfp"'],
    ]);
    expect(issues([row({ status: "done", processedAt: "2026-03-05" })])).toEqual([
      ["status", 'expected one of "open", "processed", "declined", got "done"'],
    ]);
  });

  it("rejects duplicate ids and unknown keys in strict mode", () => {
    expect(issues([row({ id: "toString" }), row({ id: "toString" })])).toEqual([
      ["id", 'duplicate id "toString": row 0 has the same id (the later row is rejected)'],
    ]);
    expect(issues([row({ type: "x" })], { unknownKeys: "reject" })[0]?.[0]).toBe("type");
  });
});
