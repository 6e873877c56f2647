// The form a line is compared in when looking for text addressed to the model: what a reader
// would read, whatever characters spell it. Only for matching; the document itself is unchanged.

// Zero-width and other format characters (ZWSP, ZWJ, soft hyphen, bidi controls, tag characters),
// the combining grapheme joiner and the Hangul fillers that render as nothing.
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;

// Cyrillic, Greek and IPA letters that look like Latin ones (lower case; Unicode's confusables
// list, the letters that matter for English words).
const CONFUSABLES: Record<string, string> = {
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x", ѕ: "s", і: "i", ї: "i", ј: "j", һ: "h", ԁ: "d", ԛ: "q", ԝ: "w", ո: "n", ս: "u",
  α: "a", β: "b", ε: "e", η: "n", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", ω: "w",
  ı: "i", ɡ: "g", ɪ: "i", ʏ: "y", ʀ: "r", ᴀ: "a", ᴄ: "c", ᴅ: "d", ᴇ: "e", ᴍ: "m", ᴏ: "o", ᴘ: "p", ᴛ: "t", ᴜ: "u", ł: "l", ø: "o",
};
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`, "gu");

// Digits and signs standing in for letters inside a word ("ign0re", "@pprove").
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
const LEET_IN_WORD = /(?<=\p{L})[013457@$](?=\p{L})|(?<![\p{L}\p{N}])[@$](?=\p{L})/gu;

// Four or more single letters, one separator apart: "i g n o r e". A wider gap ends the run, so
// "i g n o r e  a l l" becomes "ignore  all"; evenly spaced words run together (see squashedForm).
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*·•|/]\p{L}(?![\p{L}\p{N}])){3,}/gu;

/** NFKC, no invisible characters, look-alikes as Latin, no accents, lower case, spaced letters joined. */
export function matchingForm(line: string): string {
  return line
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .toLowerCase()
    .replace(CONFUSABLE, (c) => CONFUSABLES[c]!)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(LEET_IN_WORD, (c) => LEET[c]!)
    .replace(SPACED_LETTERS, (run) => run.replace(/[^\p{L}]/gu, ""));
}

/** Letters only: spacing and punctuation tricks gone, word boundaries with them. */
export function squashedForm(form: string): string {
  return form.replace(/[^\p{L}]/gu, "");
}
