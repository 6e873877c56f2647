import { describe, expect, it } from "vitest";
import { findAmounts, formatCents, parseAmountCents } from "@/lib/local-engine/amounts";
import { findDates, parseDateToIso } from "@/lib/local-engine/dates";
import { splitLines } from "@/lib/local-engine/document-lines";
import { cleanCompanyName } from "@/lib/local-engine/company-candidates";

const amountsIn = (text: string) => findAmounts(splitLines(text)).map((a) => formatCents(a.cents));

describe("amounts", () => {
  it("reads decimals with currency prefixes, thousands separators and bare leading dots", () => {
    expect(amountsIn("TOTAL RM 1,204.50\nRM3.20 SR\nROUNDING -.02\nCHANGE .40")).toEqual(["1204.50", "3.20", "-0.02", "0.40"]);
  });

  it("ignores dates, times, phone numbers, percentages and codes", () => {
    expect(amountsIn("11/01/2019 09:44:00\nTEL: 07-5547360\nGST 6%\nJALAN SS21/39\nINV# 003281900229170")).toEqual([]);
  });

  it("takes whole numbers as money only with a currency sign", () => {
    expect(amountsIn("QTY 3\nTOTAL RM 20")).toEqual(["20.00"]);
  });

  it("keeps character offsets that point at the printed amount", () => {
    const text = "SUB TOTAL :\n20.00";
    const [mention] = findAmounts(splitLines(text));
    expect(text.slice(mention.start, mention.end)).toBe("20.00");
  });

  it("parses stand-alone amount strings to cents", () => {
    expect(parseAmountCents("RM 3.90")).toBe(390);
    expect(parseAmountCents("$1,204.5")).toBe(120450);
    expect(parseAmountCents("43.7")).toBe(4370);
    expect(parseAmountCents("abc")).toBeNull();
  });
});

describe("dates", () => {
  it("reads ambiguous numeric dates day-first", () => {
    expect(parseDateToIso("11/01/2019")).toBe("2019-01-11");
    expect(parseDateToIso("01-03-18")).toBe("2018-03-01");
    expect(parseDateToIso("9/3/2018")).toBe("2018-03-09");
  });

  it("reads month names, year-first and two-digit years", () => {
    expect(parseDateToIso("24-MAR-2018")).toBe("2018-03-24");
    expect(parseDateToIso("19 APR 2018")).toBe("2018-04-19");
    expect(parseDateToIso("2018/02/22")).toBe("2018-02-22");
    expect(parseDateToIso("18/03/18")).toBe("2018-03-18");
  });

  it("finds a date glued to the next word by OCR, with its span", () => {
    const text = "SR = 6%\n21/05/2018TIME:";
    const [date] = findDates(splitLines(text));
    expect(date.iso).toBe("2018-05-21");
    expect(text.slice(date.start, date.end)).toBe("21/05/2018");
  });

  it("does not take opening hours or part codes for dates", () => {
    expect(findDates(splitLines("MON-SUN: 1000 HRS - 2200 HRS\nMI11/3-21 - 12/480"))).toEqual([]);
  });

  it("flags day/month order as ambiguous only when both could be a month", () => {
    const [ambiguous, clear] = findDates(splitLines("05/03/2024\n25/03/2024"));
    expect(ambiguous.ambiguousOrder).toBe(true);
    expect(clear.ambiguousOrder).toBe(false);
  });
});

describe("company names", () => {
  it("cuts the registration number printed after the name", () => {
    expect(cleanCompanyName("AEON CO. (M) BHD. (126926-H)").name).toBe("AEON CO. (M) BHD.");
    expect(cleanCompanyName("KING'S CONFECTIONERY S/B 273500-U (KSB)").name).toBe("KING'S CONFECTIONERY S/B");
    expect(cleanCompanyName("DION REALTIES SDN BHD (CO. NO:20154-T)").name).toBe("DION REALTIES SDN BHD");
    expect(cleanCompanyName("URBAN IDEA SDN BHD (417940-M),").name).toBe("URBAN IDEA SDN BHD");
  });

  it("cuts a registration number OCR garbled, and specks after the legal form", () => {
    expect(cleanCompanyName("BAKERIES (KL) SDN BHD (1393S6 X)")).toEqual({ name: "BAKERIES (KL) SDN BHD", registrationCut: true });
    expect(cleanCompanyName("BAKERIES (KL) SDN BHD (I39386").name).toBe("BAKERIES (KL) SDN BHD");
    expect(cleanCompanyName("KING'S CONFECTIONERY S/B '")).toEqual({ name: "KING'S CONFECTIONERY S/B", registrationCut: false });
  });

  it("sets brackets as print does: a space outside, none inside", () => {
    expect(cleanCompanyName("BAKERIES (KL)SDN BHD").name).toBe("BAKERIES (KL) SDN BHD");
    expect(cleanCompanyName("MOTOR ( SUNGAI RENGIT ) SDN. BHD").name).toBe("MOTOR (SUNGAI RENGIT) SDN. BHD");
    expect(cleanCompanyName("MR. D.I.Y.(KUCHAI) SDN BHD").name).toBe("MR. D.I.Y. (KUCHAI) SDN BHD");
  });

  it("leaves a name without registration number alone", () => {
    expect(cleanCompanyName("GARDENIA BAKERIES (KL) SDN BHD")).toEqual({ name: "GARDENIA BAKERIES (KL) SDN BHD", registrationCut: false });
  });
});
