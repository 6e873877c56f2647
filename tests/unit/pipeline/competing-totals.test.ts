import { describe, expect, it } from "vitest";
import { findCompetingTotals } from "@/lib/agents/competing-totals";

const none = { subtotalCents: null, taxCents: null };

describe("competing totals", () => {
  it("offers two different amounts both labelled total", () => {
    expect(findCompetingTotals("SHOP\nTOTAL 120.00\nROUNDING 0.00\nTOTAL 102.00\nCASH 150.00", none)).toEqual({ options: ["120.00", "102.00"] });
  });

  it("ignores subtotals, quantities, tax totals and tendered cash", () => {
    expect(findCompetingTotals("SUB TOTAL 95.00\nTOTAL QTY 3\nTOTAL GST 5.70\nTOTAL 100.70\nCASH 120.00", none)).toBeNull();
  });

  it("says nothing when subtotal and tax settle which total is right", () => {
    expect(findCompetingTotals("TOTAL 120.00\nTOTAL 102.00", { subtotalCents: 10000, taxCents: 200 })).toBeNull();
  });

  it("says nothing about a total printed twice", () => {
    expect(findCompetingTotals("TOTAL 9.75\nGRAND TOTAL 9.75", none)).toBeNull();
  });
});
