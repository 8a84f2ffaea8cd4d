import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { LOSS_CATEGORIES } from "../indicators/lostDeals/lostDealsTypes.js";
import { REVENUE_PER_SELLER_FLAGS, REVENUE_PER_SELLER_QUADRANTS } from "../indicators/revenue/revenuePerSellerTypes.js";
import { LABEL_LANGUAGES } from "./formatOptions.js";
import { LABELS, labelOf } from "./labels.js";

describe("labelOf", () => {
  it("gives the English label by default and the French one for any fr locale", () => {
    expect(labelOf("status", "watch")).toBe("watch");
    expect(labelOf("status", "watch", { locale: "en-GB" })).toBe("watch");
    expect(labelOf("status", "watch", { locale: "fr-FR" })).toBe("à surveiller");
    expect(labelOf("status", "watch", { locale: "fr-CA" })).toBe("à surveiller");
    expect(labelOf("status", "watch", { locale: "fr" })).toBe("à surveiller");
    expect(labelOf("status", "watch", { locale: "de-DE" })).toBe("watch");
  });

  it("names every kind in both languages", () => {
    expect(labelOf("basis", "pace", { locale: "fr-FR" })).toBe("sur le rythme");
    expect(labelOf("flag", "not-started")).toBe("not started yet");
    expect(labelOf("flag", "spike", { locale: "fr-FR" })).toBe("pic de pertes");
    expect(labelOf("reason", "no-closed-value")).toBe("closed deals worth zero");
    expect(labelOf("warning", "short-window", { locale: "fr-FR" })).toBe("période trop courte pour juger l'activité");
    expect(labelOf("quadrant", "high-effort-low-result")).toBe("high effort, low result (method to review)");
    expect(labelOf("quadrant", "high-effort-low-result", { locale: "fr-FR" })).toBe(
      "effort élevé, résultat faible (méthode à revoir)",
    );
    expect(labelOf("lossCategory", "internal", { locale: "fr-FR" })).toBe("gestion interne");
  });

  it("rejects an unknown kind or code, inherited names included", () => {
    expect(() => labelOf("colour" as never, "red" as never)).toThrow(InvalidArgumentError);
    expect(() => labelOf("status", "great" as never)).toThrow(/no status is called "great"/);
    expect(() => labelOf("status", "__proto__" as never)).toThrow(InvalidArgumentError);
    expect(() => labelOf("status", "toString" as never)).toThrow(InvalidArgumentError);
    expect(() => labelOf("__proto__" as never, "good" as never)).toThrow(InvalidArgumentError);
    expect(() => labelOf("status", "good", { locale: "?" })).toThrow(InvalidArgumentError);
  });
});

describe("LABELS", () => {
  it("has the same codes in every language, each with a non-empty label of its own", () => {
    const [first, ...others] = LABEL_LANGUAGES.map((language) => LABELS[language]);
    for (const other of others) {
      expect(Object.keys(other)).toEqual(Object.keys(first!));
      for (const kind of Object.keys(first!) as (keyof typeof first)[])
        expect(Object.keys(other[kind]).sort()).toEqual(Object.keys(first![kind]).sort());
    }
    for (const language of LABEL_LANGUAGES) {
      for (const labels of Object.values(LABELS[language])) {
        for (const label of Object.values(labels as Record<string, string>)) expect(label.trim()).not.toBe("");
      }
    }
  });

  it("names every flag, quadrant and loss category the indicators list", () => {
    for (const language of LABEL_LANGUAGES) {
      const flags = Object.keys(LABELS[language].flag);
      for (const flag of [...REVENUE_PER_SELLER_FLAGS, "spike", "insufficient-history"]) expect(flags).toContain(flag);
      expect(Object.keys(LABELS[language].quadrant).sort()).toEqual([...REVENUE_PER_SELLER_QUADRANTS].sort());
      expect(Object.keys(LABELS[language].lossCategory).sort()).toEqual([...LOSS_CATEGORIES].sort());
      expect(Object.keys(LABELS[language].status).sort()).toEqual(["alert", "good", "watch"]);
    }
  });

  it("gives the four quadrants four different labels, each saying effort then result", () => {
    for (const language of LABEL_LANGUAGES) {
      const labels = Object.values(LABELS[language].quadrant);
      expect(new Set(labels).size).toBe(4);
      for (const label of labels)
        expect(label).toMatch(
          language === "en"
            ? /^(high|low) effort, (high|low) result/
            : /^effort (élevé|faible), résultat (élevé|faible)/,
        );
    }
  });

  it("is frozen", () => {
    expect(Object.isFrozen(LABELS)).toBe(true);
    expect(Object.isFrozen(LABELS.fr)).toBe(true);
    expect(Object.isFrozen(LABELS.fr.status)).toBe(true);
  });
});
