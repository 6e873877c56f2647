import { describe, expect, it } from "vitest";
import { ctcLogProbability, rescoreWord } from "@/lib/ingest/ctc-lexicon";
import { decodeLine } from "@/lib/ingest/ctc-decode";

// A toy recogniser over the letters the tests need: class 0 is the blank.
const dictionary = ["", "S", "O", "D", "N", "M", "A", "R", "T", "K", " "];
const options = { allowed: Int32Array.from(dictionary.keys()).filter((k) => k > 0), dictionary, spaceClass: 10 };
const k = (c: string) => dictionary.indexOf(c);

/** One frame per letter, then a blank: `letters[i]` maps classes to probabilities (rest to blank). */
function output(letters: Record<string, number>[]) {
  const frames = letters.length * 2;
  const data = new Float32Array(frames * dictionary.length);
  letters.forEach((probs, i) => {
    let rest = 1;
    for (const [c, p] of Object.entries(probs)) {
      data[2 * i * dictionary.length + k(c)] = p;
      rest -= p;
    }
    data[2 * i * dictionary.length] = rest;
    data[(2 * i + 1) * dictionary.length] = 1;
  });
  return { data, frames, classes: dictionary.length };
}

const read = (out: ReturnType<typeof output>) => decodeLine(out, options).map((w) => rescoreWord(out, w, options));

describe("lexicon rescoring of OCR words", () => {
  it("turns a close call between a misread and a domain word into the domain word, with doubt", () => {
    // "SON" wins the middle frame greedily, but D is nearly as likely there: the print says SDN.
    const out = output([{ S: 0.95 }, { O: 0.5, D: 0.4 }, { N: 0.95 }]);
    const [word] = read(out);
    expect(word).toMatchObject({ text: "SDN" });
    expect(word!.confidence).toBeLessThan(0.99);
  });

  it("keeps what the frames plainly show, even one letter off a domain word", () => {
    // MART is in the lexicon, but the frames leave no doubt the print is "KART".
    const [word] = read(output([{ K: 0.97, M: 0.001 }, { A: 0.97 }, { R: 0.97 }, { T: 0.97 }]));
    expect(word!.text).toBe("KART");
  });

  it("leaves lexicon words and short tokens alone", () => {
    expect(read(output([{ M: 0.6, N: 0.3 }, { A: 0.9 }, { R: 0.9 }, { T: 0.9 }]))[0]!.text).toBe("MART");
    expect(read(output([{ O: 0.5, D: 0.4 }, { N: 0.9 }]))[0]!.text).toBe("ON");
  });

  it("scores a label by summing over its CTC alignments", () => {
    const out = output([{ S: 0.5 }]);
    // One letter frame then a blank frame: "S" aligns as S·blank or S·S (0) → 0.5 × 1.
    expect(Math.exp(ctcLogProbability(out, [k("S")], 0, 1))).toBeCloseTo(0.5, 5);
    expect(ctcLogProbability(out, [k("S"), k("O"), k("N")], 0, 1)).toBe(-Infinity);
  });
});
