import { describe, expect, it } from "vitest";
import { ctcLogProbability, rescoreAgainstPage, rescoreWord, wordFrames } from "@/lib/ingest/ctc-lexicon";
import { decodeLine } from "@/lib/ingest/ctc-decode";

// A toy recogniser over the letters the tests need: class 0 is the blank.
const dictionary = ["", "S", "O", "D", "N", "M", "A", "R", "T", "K", "Y", "U", " "];
const options = { allowed: Int32Array.from(dictionary.keys()).filter((k) => k > 0 && k < 12), dictionary, spaceClass: 12 };
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

describe("the page's second pass: a worn word read by the clear copy the page prints elsewhere", () => {
  const page = (out: ReturnType<typeof output>, clear: string[]) => {
    const [word] = decodeLine(out, options);
    return rescoreAgainstPage([wordFrames(out, word!, options)], clear)[0]!;
  };

  it("reads a name as the page's clear copy when its frames nearly support it", () => {
    // The letterhead's U is worn into an O; the footer prints the name clearly.
    const worn = output([{ S: 0.9 }, { A: 0.9 }, { N: 0.9 }, { Y: 0.9 }, { O: 0.5, U: 0.3 }]);
    expect(decodeLine(worn, options)[0]!.text).toBe("SANYO");
    const word = page(worn, ["Thank", "you", "SANYU's"]);
    expect(word.text).toBe("SANYU");
    expect(word.confidence).toBeLessThan(0.9);
  });

  it("keeps a reading the frames plainly show, and one that needs no page to vouch for it", () => {
    expect(page(output([{ S: 0.9 }, { A: 0.9 }, { N: 0.9 }, { Y: 0.9 }, { O: 0.85, U: 0.001 }]), ["SANYU"]).text).toBe("SANYO");
    // Nothing on the page is near it: the reading stands.
    expect(page(output([{ S: 0.9 }, { A: 0.9 }, { N: 0.9 }, { Y: 0.9 }, { O: 0.5, U: 0.3 }]), ["KART", "SNOT"]).text).toBe("SANYO");
    // A domain word is not re-spelt after another word of the page.
    expect(page(output([{ M: 0.6, K: 0.3 }, { A: 0.9 }, { R: 0.9 }, { T: 0.9 }]), ["KART"]).text).toBe("MART");
  });
});
