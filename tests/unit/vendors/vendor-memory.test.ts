import { describe, expect, it } from "vitest";
import { applyVendorMemory } from "@/lib/vendors/vendor-apply";
import { findVendorFor, learnFromApproval, mergeVendors, usualDocType, type VendorRecord } from "@/lib/vendors/vendor-learning";
import { matchVendor } from "@/lib/vendors/vendor-match";
import { findInText, textLines, textSimilarity } from "@/lib/vendors/vendor-text";

const text = "GARDENlA BAKERIES (KL) SDN BHD\nLOT 3, JALAN PELABUR 23/1,\n40300 SHAH ALAM\nGST ID: 000381399040\nTOTAL PAYABLE: 33.05\nDATE: 21/07/2017";

function vendor(over: Partial<VendorRecord> = {}): VendorRecord {
  return {
    id: "v1",
    name: "GARDENIA BAKERIES (KL) SDN BHD",
    aliases: [],
    address: "LOT 3, JALAN PELABUR 23/1, 40300 SHAH ALAM",
    taxId: null,
    iban: null,
    currency: "MYR",
    approvedDocuments: 4,
    spellingChanges: 0,
    fieldChecks: { company: { right: 4, corrected: 0 }, total: { right: 4, corrected: 0 } },
    docTypes: { receipt: 4 },
    fieldLabels: { total: { TOTALPAYABLE: 4 } },
    ...over,
  };
}

const field = (name: string, value: string | null, confidence: number, source: { start: number; end: number } | null = null) => ({ name, value, confidence, source, flags: [] as string[] });

describe("fuzzy vendor text", () => {
  it("ignores spacing and punctuation and counts a damaged letter as one edit", () => {
    expect(textSimilarity("MR. D. I. Y. (M) SDN BHD", "MR.D.I.Y.(M) SDN BHD")).toBe(1);
    expect(textSimilarity("GARDENlA BAKERIES", "GARDENIA BAKERIES")).toBeGreaterThan(0.9);
  });
  it("finds a name that wraps over two lines", () => {
    const found = findInText(textLines("ACME TRADING\nCOMPANY LTD\nINVOICE"), "ACME TRADING COMPANY LTD");
    expect(found?.score).toBe(1);
    expect(found?.text).toBe("ACME TRADING\nCOMPANY LTD");
  });
});

describe("matching a known vendor", () => {
  it("matches by a printed tax id before anything else", () => {
    const match = matchVendor({ text, fields: {} }, [vendor({ taxId: "000381399040", name: "SOMEONE ELSE" })]);
    expect(match?.matchedBy).toBe("tax_id");
  });
  it("matches an OCR-damaged name with its evidence span", () => {
    const match = matchVendor({ text, fields: { company: "GARDENlA BAKERIES (KL) SDN BHD" } }, [vendor()]);
    expect(match?.matchedBy).toBe("name");
    expect(text.slice(match!.nameSpan!.start, match!.nameSpan!.end)).toBe("GARDENlA BAKERIES (KL) SDN BHD");
  });
  it("does not let a known name printed elsewhere (the customer) take over another vendor's document", () => {
    const doc = "SUPPLIER ONE SDN BHD\nBILL TO:\nGARDENIA BAKERIES (KL) SDN BHD\nTOTAL 10.00";
    expect(matchVendor({ text: doc, fields: { company: "SUPPLIER ONE SDN BHD" } }, [vendor()])).toBeNull();
  });
  it("refuses a name that fits two vendors equally well", () => {
    const twin = vendor({ id: "v2", name: "GARDENIA BAKERIES (KI) SDN BHD" });
    expect(matchVendor({ text: "GARDENIA BAKERIES (K) SDN BHD", fields: {} }, [vendor(), twin])).toBeNull();
  });
});

describe("applying vendor memory", () => {
  it("snaps a damaged name to the known spelling and says the vendor is known", () => {
    const fields = [field("company", "GARDENlA BAKERIES (KL) SDN BHD", 0.8, { start: 0, end: 30 }), field("total", "33.05", 0.95, { start: 100, end: 105 })];
    const match = matchVendor({ text, fields: { company: fields[0]!.value } }, [vendor()]);
    const applied = applyVendorMemory(fields, match, text);
    expect(applied.fields[0]!.value).toBe("GARDENIA BAKERIES (KL) SDN BHD");
    expect(applied.changes).toEqual([{ field: "company", from: "GARDENlA BAKERIES (KL) SDN BHD", to: "GARDENIA BAKERIES (KL) SDN BHD" }]);
    expect(applied.signal).toEqual({ known: true, approvedDocuments: 4, matchedBy: "name" });
    expect(applied.fields[0]!.flags).toContain("known_vendor");
  });
  it("sends a snapped name to a person until people have confirmed the vendor's reading several times", () => {
    const fields = [field("company", "GARDENlA BAKERIES (KL) SDN BHD", 0.97, { start: 0, end: 30 })];
    const snap = (checks: { right: number; corrected: number }) => {
      const known = vendor({ fieldChecks: { company: checks } });
      return applyVendorMemory(fields, matchVendor({ text, fields: { company: fields[0]!.value } }, [known]), text).fields[0]!;
    };
    expect(snap({ right: 0, corrected: 1 }).confidence).toBeLessThan(0.5);
    expect(snap({ right: 12, corrected: 0 }).confidence).toBeGreaterThan(0.9);
  });
  it("lets only a spelling people approved vouch for its print, not one the pipeline approved alone", () => {
    const clean = "GARDENIA BAKERIES (KL) SDN BHD\nTOTAL 5.00";
    const fields = [field("company", "GARDENIA BAKERIES (KL) SDN BHD", 0.7, { start: 0, end: 30 })];
    const read = (known: VendorRecord) => applyVendorMemory(fields, matchVendor({ text: clean, fields: { company: fields[0]!.value } }, [known]), clean).fields[0]!.confidence;
    expect(read(vendor())).toBeGreaterThan(0.95);
    expect(read(vendor({ fieldChecks: {} }))).toBeLessThan(0.75);
  });
  it("keeps its own reading of a name whose other spelling only the pipeline approved", () => {
    const doc = "GARDENIA BAKERIES (KL) SDN BHD\nTOTAL 5.00";
    const fields = [field("company", "GARDENIA BAKERIES (KL) SDN BHD", 0.9, { start: 0, end: 30 })];
    const misread = vendor({ name: "GARDENIA BAKERIES (KI) SDN BHD", fieldChecks: {} });
    const applied = applyVendorMemory(fields, matchVendor({ text: doc, fields: { company: fields[0]!.value } }, [misread]), doc);
    expect(applied.fields[0]!.value).toBe("GARDENIA BAKERIES (KL) SDN BHD");
    expect(applied.changes).toEqual([]);
  });
  it("keeps a print that is a known name plus whole words: another business of the brand", () => {
    const branch = "MR. D.I.Y. (M) SDN BHD\nTOTAL 5.00";
    const known = vendor({ name: "MR. D.I.Y. SDN BHD", address: null });
    expect(matchVendor({ text: branch, fields: { company: "MR. D.I.Y. (M) SDN BHD" } }, [known])).toBeNull();
  });
  it("finds a name printed with its registration number on the same line", () => {
    const doc = "GARDENlA BAKERIES (KL) SDN BHD (139386 X)\nTOTAL 5.00";
    expect(matchVendor({ text: doc, fields: { company: "GARDENlA BAKERIES (KL) SDN BHD" } }, [vendor()])?.nameSpan?.score).toBeGreaterThan(0.9);
  });
  it("gives a field the vendor's track record: right four times out of four raises it", () => {
    const totalAt = text.indexOf("33.05");
    const fields = [field("company", "GARDENIA BAKERIES (KL) SDN BHD", 0.8), field("total", "33.05", 0.95, { start: totalAt, end: totalAt + 5 })];
    const applied = applyVendorMemory(fields, matchVendor({ text, fields: {} }, [vendor()]), text);
    expect(applied.fields[1]!.confidence).toBeGreaterThan(0.99);
  });
  it("lowers the name's confidence when the vendor is unknown", () => {
    const applied = applyVendorMemory([field("company", "NEW SHOP", 0.9)], null, "NEW SHOP");
    expect(applied.fields[0]!.confidence).toBeLessThan(0.9);
    expect(applied.signal).toEqual({ known: false, approvedDocuments: 0, matchedBy: null });
  });
  it("leaves an unknown vendor's name as an extractor calibrated on unseen vendors scored it", () => {
    const applied = applyVendorMemory([field("company", "NEW SHOP", 0.9)], null, "NEW SHOP", new Set(), { calibratedOnUnseenVendors: true });
    expect(applied.fields[0]!.confidence).toBe(0.9);
  });
});

describe("learning from approved documents", () => {
  const obs = (name: string, byHuman = true) => ({ docType: "receipt", fields: { company: name, total: "1.00" }, spans: {}, text: name, byHuman, correctedFields: byHuman ? [] : undefined });
  it("creates a vendor from a first approval and counts later ones", () => {
    const first = learnFromApproval(null, obs("SHOP A"), "new")!;
    const second = learnFromApproval(first, obs("SHOP A"), "unused")!;
    expect(second).toMatchObject({ id: "new", name: "SHOP A", approvedDocuments: 2, fieldChecks: { company: { right: 2, corrected: 0 } } });
    expect(usualDocType(second)).toBe("receipt");
  });
  it("takes a reviewer's new spelling as the name and keeps the old one as an alias", () => {
    const renamed = learnFromApproval(vendor(), obs("GARDENIA BAKERIES (K.L.) SDN. BHD."), "x")!;
    expect(renamed.name).toBe("GARDENIA BAKERIES (K.L.) SDN. BHD.");
    expect(renamed.aliases).toContain("GARDENIA BAKERIES (KL) SDN BHD");
  });
  it("never renames a vendor on an auto-approval", () => {
    expect(learnFromApproval(vendor(), obs("GARDENIA BAKERIES (KL) SDN BHO", false), "x")!.name).toBe("GARDENIA BAKERIES (KL) SDN BHD");
  });
  it("finds the stored vendor of an approved document by name", () => {
    expect(findVendorFor(obs("GARDENIA BAKERIES (KL) SDN BHD"), [vendor()])?.id).toBe("v1");
    expect(findVendorFor(obs("ANOTHER SHOP"), [vendor()])).toBeNull();
  });
  it("merges two records of one vendor, adding their counts", () => {
    const merged = mergeVendors(vendor(), vendor({ id: "v2", name: "GARDENIA BAKERIES KL", approvedDocuments: 2, docTypes: { receipt: 2 } }));
    expect(merged).toMatchObject({ id: "v1", approvedDocuments: 6, docTypes: { receipt: 6 } });
    expect(merged.aliases).toContain("GARDENIA BAKERIES KL");
  });
});
