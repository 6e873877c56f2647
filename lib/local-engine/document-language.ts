// The document's language and country, from the words it is written in: the stop words of each
// language and country cues (VAT-id prefixes, postcodes, currency). They decide how ambiguous
// formats read — "03/04/2024" day-first in Europe, month-first in the US; "1.234" a thousand in
// German, and which vocabulary's labels to expect.

export const LANGUAGES = ["de", "en", "fr", "nl"] as const;
export type Language = (typeof LANGUAGES)[number];

const STOP_WORDS: Record<Language, readonly string[]> = {
  de: ["der", "die", "das", "und", "mit", "für", "von", "bei", "ist", "nicht", "sie", "wir", "zu", "im", "den", "dem", "bis", "vom", "zzgl", "gemäß", "ihre", "unsere", "bitte"],
  en: ["the", "and", "of", "for", "to", "your", "with", "this", "is", "on", "by", "from", "our", "please", "you", "are", "be", "at", "thank"],
  fr: ["le", "la", "les", "et", "des", "du", "pour", "par", "une", "est", "sur", "vos", "nos", "au", "aux", "dans", "en", "avec", "votre", "notre"],
  nl: ["het", "een", "van", "en", "voor", "met", "op", "te", "uw", "niet", "bij", "zijn", "wordt", "naar", "ook", "je", "wij", "deze", "ik", "wel"],
};

// Words that label invoices in one language only: strong evidence even in a form with few sentences.
const FORM_WORDS: Record<Language, RegExp> = {
  de: /\b(rechnung\w*|betrag|summe|mwst|ust|umsatzsteuer|steuer\w*|datum|zahlbar|kunde\w*|lieferant|netto|brutto|gesamt\w*|menge|preis)\b/giu,
  en: /\b(invoice|amount|total|due|date|tax|bill|payment|quantity|price|customer|balance)\b/giu,
  fr: /\b(facture|montant|échéance|tva|total|ht|ttc|quantité|prix|client|règlement|date de)\b/giu,
  nl: /\b(factuur\w*|bedrag|totaal|btw|datum|klant\w*|aantal|prijs|vervaldatum|betaling|excl|incl)\b/giu,
};

export type LanguageGuess = { language: Language; scores: Record<Language, number> };

export function detectLanguage(text: string): LanguageGuess {
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 4000);
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const scores = {} as Record<Language, number>;
  for (const language of LANGUAGES) {
    const stop = STOP_WORDS[language].reduce((s, w) => s + (counts.get(w) ?? 0), 0);
    const form = (text.match(FORM_WORDS[language]) ?? []).length;
    scores[language] = stop + 2 * form;
  }
  const language = LANGUAGES.reduce((best, l) => (scores[l] > scores[best] ? l : best), "en" as Language);
  return { language, scores };
}

/** Month-first numeric dates: US documents (a US address, USD amounts) written in English. */
export function prefersMonthFirst(text: string, language: Language): boolean {
  if (language !== "en") return false;
  const us = /\b(USA|United States|U\.S\.A?\.?)\b|\b[A-Z]{2}\s\d{5}(-\d{4})?\b|\bUSD\b|(?<![A-Z])\$\s?\d/.test(text);
  const european = /€|\bEUR\b|\bGBP\b|£|\bVAT\b/.test(text);
  return us && !european;
}
