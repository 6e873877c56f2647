// Letter/digit confusions that OCR makes on print, undone from the word's own evidence: in a word
// of letters, a zero is the letter O ("C0." → "CO."); in a number, the letter O is a zero
// ("6OO" → "600"). Nothing here knows any vendor or document.

export function fixOcrWord(word: string): string {
  const letters = word.match(/[A-Za-z]/g) ?? [];
  const digits = word.match(/[0-9]/g) ?? [];
  // Letters besides O, and no digit but zeros: the zeros are letters (lower case among lower case).
  if (digits.length > 0 && digits.every((d) => d === "0") && letters.some((c) => c !== "O" && c !== "o")) {
    return word.replace(/0/g, (_, i: number) => (/[a-z]/.test(word[i - 1] ?? "") && /[a-z]/.test(word[i + 1] ?? "z") ? "o" : "O"));
  }
  // Only digits, number punctuation and the letter O, with at least one digit: the Os are zeros.
  if (digits.length > 0 && letters.length > 0 && /^[0-9Oo.,:/-]+$/.test(word)) return word.replace(/[Oo]/g, "0");
  return word;
}
