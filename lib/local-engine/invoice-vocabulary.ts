// Labels of invoices in German, English, French and Dutch, one class per meaning. Each class is a
// ranker feature whose weight is fitted on labelled invoices, so a phrase that fits two classes
// ("Gesamtbetrag ohne Umsatzsteuer": total and net) is settled by data, not by rule order.
// Matched case-insensitively against label text as printed.

const rx = (source: string) => new RegExp(source, "iu");

export const INVOICE_AMOUNT_LABELS = {
  gross: rx(
    String.raw`brutto|gesamtbetrag|rechnungsbetrag|endbetrag|endsumme|gesamtsumme|zahlbetrag|zu\s*zahlen|fälliger\s*betrag|zahlbar|total\s*ttc|montant\s*ttc|\bttc\b|net\s*[àa]\s*payer|[àa]\s*payer|totaal(bedrag)?|te\s*betalen|factuur\s*totaal|grand\s*total|total\s*(amount|due|payable)|amount\s*(due|payable)|balance\s*due|invoice\s*total|total\s*for\s*this\s*invoice|incl(\.|usive|usief)?\s*(btw|vat|mwst|ust|tax|tva)|inkl|einschl`,
  ),
  total: rx(String.raw`\btotal\b|\bsumme\b|\bbetrag\b|\bmontant\b|\bamount\b|\btotaal\b|\bbedrag\b`),
  net: rx(
    String.raw`netto|\bnet\b(?!\s*[àa]\s*payer)|zwischensumme|ohne\s*(ust|umsatzsteuer|mwst)|exkl|excl|zzgl|hors\s*taxes?|\bht\b|sous[\s-]*total|subtota(a)?l|before\s*tax|positionssumme|steuerbasis|basis|grondslag|base`,
  ),
  tax: rx(String.raw`mwst|\bust\b|umsatzsteuer|mehrwertsteuer|steuerbetrag|\bsteuer\b|\bbtw\b|\btva\b|\bvat\b|\btax\b|\bgst\b|\btaxes\b`),
  rate: rx(String.raw`\d\s*%|%`),
  paid: rx(String.raw`bereits\s*(gezahlt|bezahlt)|anzahlung|voraus|paid|payé|betaald|acompte|deposit|credits?|gutschrift|ideal|rembours|afschrijving`),
  discount: rx(String.raw`rabatt|skonto|nachlass|abschl[äa]g|remise|escompte|korting|discount|allowance`),
  charge: rx(String.raw`zuschl[äa]g|fracht|versand|frais|charge|verzend|shipping|porto`),
  unit: rx(String.raw`einzelpreis|stückpreis|\bpreis\b|prix\s*unit|\bpu\b|prijs\s*per|unit\s*price|\brate\b|\bmenge\b|quantit|aantal|\bqty\b|anzahl`),
  line: rx(String.raw`\bpos\b|position|artikel|article|beschreibung|description|omschrijving|désignation|libellé`),
} as const;
export type InvoiceAmountLabel = keyof typeof INVOICE_AMOUNT_LABELS;

export const NUMBER_LABELS = {
  invoiceNumber: rx(
    String.raw`rechnungs[\s-]*(nummer|nr)|rechnung\s*(nr|nummer|no)|beleg[\s-]*(nummer|nr)|invoice\s*(number|no|nr|#|id)|inv\.?\s*(no|#)|(facture|avoir|affactur[ée]e)\s*(n°|no|nº|num)|n°\s*(de\s*)?facture|num[ée]ro\s*de\s*facture|factuur\s*(nummer|nr|no)|factuurnummer|document\s*(no|number)|credit\s*note\s*(no|number)|gutschrift\s*(nr|nummer)`,
  ),
  title: rx(String.raw`^(\S*rechnung|invoice|facture|factuur|avoir|gutschrift|credit\s*note|tax\s*invoice|rechnung)\b`),
  numberWord: rx(String.raw`\b(nr|no|nº|n°|number|nummer|num[ée]ro|#)\b|n°|#`),
  other: rx(
    String.raw`kunde|klant|customer|client|account|konto|order|auftrag|bestell|commande|bon\s*de|contrat|contract|projet|project|referenz|référence|reference|\bref\b|ust|steuer|tva|vat|btw|siren|siret|gln|iban|bic|tel|fax|telefon|kvk|handelsregister|hrb|lieferschein|livraison|delivery|tracking|serien|serial|artikel|article|mandat|avis`,
  ),
} as const;

export const DATE_LABELS = {
  issue: rx(String.raw`rechnungsdatum|belegdatum|ausstellungsdatum|invoice\s*date|date\s*of\s*(the\s*)?invoice|date\s*de\s*(la\s*)?facture|factuurdatum|\bdatum\b|\bdate\b|\bdated\b|\bvom\b|\bdu\b|\bissued?\b|\bdatum\s*:|\ble\b`),
  due: rx(String.raw`fällig|zahlbar|zahlungsziel|due|payable|pay\s*by|échéance|echeance|date\s*limite|vervaldatum|vervalt|uiterlijk|betalen\s*voor|bis\b|until|avant\s*le`),
  delivery: rx(String.raw`liefer|leistung|livraison|prestation|delivery|service|levering|versand|shipping|period|zeitraum|période|periode|billing\s*period`),
  order: rx(String.raw`order|bestell|auftrag|commande|bestel`),
  other: rx(String.raw`geburt|birth|gültig|valid|associée|associated|vorherige|previous`),
} as const;

export const PARTY_LABELS = {
  seller: rx(String.raw`verkäufer|lieferant|rechnungsteller|rechnungsersteller|leistungserbringer|seller|supplier|vendor|from\b|fournisseur|vendeur|émetteur|leverancier|verkoper|issuer`),
  buyer: rx(
    String.raw`käufer|kunde|leistungsempfänger|rechnungsempfänger|empfänger|lieferanschrift|bill(ed)?\s*to|ship(ped)?\s*to|sold\s*to|customer|buyer|client|destinataire|acheteur|adresse\s*du\s*client|livraison|factuuradres|klant|afnemer|attn|attention|deliver`,
  ),
} as const;

export const LEGAL_FORM =
  /\b(GmbH|AG|KG|OHG|GbR|UG|e\.\s?K\.|mbH|SE|S\.?A\.?S?\.?U?|SARL|S\.?à\s?r\.?l\.?|EURL|SNC|B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|Corp\.?|Corporation|Co\.|Pty|Pvt|Private)\b|& Co\b/u;
export const ORGANISATION_WORD =
  /\b(software|media|services?|systems?|systemhaus|solutions?|consulting|handel|vertrieb|industrie\w*|technik|technolog\w*|group|gruppe|international|webservices?|web\s*services|interior|company|firma|betrieb|werk|studio|agentur|agency|markt|shop|store|hotel|praxis|kanzlei)\b/iu;
export const ADDRESS_LIKE =
  /\d{4,5}\s+\p{Lu}|\b(str\.|straße|strasse|weg|allee|platz|gasse|rue|avenue|bd|boulevard|chemin|straat|laan|plein|road|street|suite|floor|p\.?o\.?\s*box)\b|\b\d{4}\s?[A-Z]{2}\b/iu;
export const CONTACT_LIKE = /@|https?:|www\.|\b(tel|fax|telefon|phone|e-?mail|mobil|iban|bic|swift|ust|vat|tva|btw|steuer|siren|siret|kvk|hrb|gln|ean)\b/iu;
export const TITLE_LIKE =
  /^(logo\b|rechnung|invoice|facture|factuur|gutschrift|avoir|credit\s*note|seite|page|visualisierung|lesbarmachung|datum|date|summe|total|betrag|menge|pos\b|beschreibung|description|bemerkung|name:|anschrift:)/iu;
