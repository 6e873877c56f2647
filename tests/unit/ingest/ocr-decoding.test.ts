import { describe, expect, it } from "vitest";
import { decodeLine } from "@/lib/ingest/ctc-decode";
import { fixOcrWord } from "@/lib/ingest/ocr-word-fixes";

// A toy recogniser output: classes 0 blank, 1 "A", 2 "B", 3 "中" (not allowed), 4 space.
const dictionary = ["", "A", "B", "中", " "];
function frames(spec: { c: number; p?: number; space?: number }[]) {
  const data = new Float32Array(spec.length * dictionary.length);
  spec.forEach((f, i) => {
    data[i * 5 + f.c] = f.p ?? 0.9;
    if (f.c !== 0) data[i * 5] = 1 - (f.p ?? 0.9);
    else data[i * 5] = 0.9 - (f.space ?? 0);
    if (f.space) data[i * 5 + 4] = f.space;
  });
  return { data, frames: spec.length, classes: dictionary.length };
}
const options = { allowed: Int32Array.from([1, 2, 4]), dictionary, spaceClass: 4 };

describe("CTC decoding with positions", () => {
  it("collapses repeats, drops blanks, and keeps each word's frames", () => {
    const words = decodeLine(frames([{ c: 1 }, { c: 1 }, { c: 0 }, { c: 2 }, { c: 0 }, { c: 1 }]), options);
    expect(words).toEqual([{ text: "ABA", firstFrame: 0, lastFrame: 5, confidence: expect.closeTo(0.9, 5) }]);
  });

  it("splits words where the space class rises in the gap although blank wins the frame", () => {
    const words = decodeLine(frames([{ c: 1 }, { c: 0 }, { c: 2 }, { c: 0, space: 0.3 }, { c: 1 }, { c: 0 }, { c: 2 }]), options);
    expect(words.map((w) => w.text)).toEqual(["AB", "AB"]);
    expect(words[1].firstFrame).toBe(4);
  });

  it("splits words at a gap much wider than the line's character pitch", () => {
    const spec = [{ c: 1 }, { c: 0 }, { c: 2 }, { c: 0 }, { c: 1 }, ...Array.from({ length: 8 }, () => ({ c: 0 })), { c: 2 }];
    expect(decodeLine(frames(spec), options).map((w) => w.text)).toEqual(["ABA", "B"]);
  });

  it("reads an amount whose decimal point the printer spaced out as one word, and leaves longer digit runs apart", () => {
    const digits = { allowed: Int32Array.from([1, 2, 3, 4]), dictionary: ["", "6", ".", "0", " "], spaceClass: 4 };
    const gap = { c: 0, space: 0.3 };
    expect(decodeLine(frames([{ c: 1 }, { c: 2 }, gap, { c: 3 }, { c: 0 }, { c: 3 }]), digits).map((w) => w.text)).toEqual(["6.00"]);
    expect(decodeLine(frames([{ c: 1 }, { c: 2 }, gap, { c: 3 }, { c: 0 }, { c: 3 }, { c: 0 }, { c: 3 }]), digits).map((w) => w.text)).toEqual(["6.", "000"]);
    expect(decodeLine(frames([{ c: 1 }, gap, { c: 2 }, { c: 3 }, { c: 0 }, { c: 3 }]), digits).map((w) => w.text)).toEqual(["6.00"]);
  });

  it("never emits a class the caller did not allow", () => {
    expect(decodeLine(frames([{ c: 3 }, { c: 0 }, { c: 1 }]), options).map((w) => w.text)).toEqual(["A"]);
  });
});

describe("letter/digit confusions", () => {
  it("reads a zero among letters as O and an O among digits as zero", () => {
    expect(fixOcrWord("C0.")).toBe("CO.");
    expect(fixOcrWord("N0")).toBe("NO");
    expect(fixOcrWord("6OO")).toBe("600");
    expect(fixOcrWord("433OO")).toBe("43300");
    expect(fixOcrWord("1O.5O")).toBe("10.50");
  });

  it("leaves words that are plainly words or numbers alone", () => {
    for (const w of ["NO.", "SDN", "BHD", "10.00", "2018", "A4", "MR.D.I.Y.", "GST:001"]) expect(fixOcrWord(w)).toBe(w);
  });
});
