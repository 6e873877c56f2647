import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { checkVAT, countries } from "jsvat";
import type { BusinessRule, RuleInput, ValidationFinding } from "@/lib/schemas/business-rules";

// Rules only an invoice has: a due date on or after the issue date, a bank account whose IBAN
// checksum holds, a VAT id in its country's format, and a currency that agrees with the symbols
// printed and the issuer's country. IBAN and VAT checks come from maintained libraries
// (ibantools, jsvat), not from hand-written checksums.

function valueOf(input: RuleInput, name: string): string | null {
  return input.fields.find((f) => f.name === name)?.value ?? null;
}

const finding = (rule: string, severity: "error" | "warning", fields: string[], message: string): ValidationFinding => ({ rule, severity, fields, message });

export const dueAfterIssue: BusinessRule = {
  id: "due_date_after_issue_date",
  description: "The due date is on or after the issue date.",
  check: (input) => {
    const [date, due] = [valueOf(input, "date"), valueOf(input, "due_date")];
    if (!date || !due || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{4}-\d{2}-\d{2}$/.test(due)) return [];
    return due < date ? [finding("due_date_after_issue_date", "error", ["date", "due_date"], `The due date ${due} is before the issue date ${date}`)] : [];
  },
};

export const ibanChecksum: BusinessRule = {
  id: "iban_checksum",
  description: "The IBAN has a valid country format and check digits (ibantools).",
  check: (input) => {
    const iban = valueOf(input, "iban");
    if (!iban) return [];
    const compact = electronicFormatIBAN(iban) ?? iban;
    return isValidIBAN(compact) ? [] : [finding("iban_checksum", "error", ["iban"], `IBAN ${iban} fails its checksum or country format`)];
  },
};

export const vatIdFormat: BusinessRule = {
  id: "vat_id_format",
  description: "The issuer's VAT id has its country's format and check digits (jsvat).",
  check: (input) => {
    const vat = valueOf(input, "vendor_tax_id");
    if (!vat || !/^[A-Z]{2}/i.test(vat.replace(/\s/g, ""))) return [];
    return checkVAT(vat.replace(/[\s.-]/g, ""), countries).isValid ? [] : [finding("vat_id_format", "warning", ["vendor_tax_id"], `VAT id ${vat} is not in a valid format for its country`)];
  },
};

const SYMBOL_CURRENCY: Array<[RegExp, string]> = [
  [/€/, "EUR"],
  [/£/, "GBP"],
  [/₹|\bRs\.?\s?\d/, "INR"],
  [/\bRM\s?\d/, "MYR"],
];
const COUNTRY_CURRENCY: Record<string, string> = {
  DE: "EUR", FR: "EUR", NL: "EUR", BE: "EUR", AT: "EUR", LU: "EUR", IT: "EUR", ES: "EUR", IE: "EUR", FI: "EUR", PT: "EUR", GR: "EUR",
  GB: "GBP", CH: "CHF", SE: "SEK", DK: "DKK", NO: "NOK", PL: "PLN", CZ: "CZK",
};

export const currencyConsistent: BusinessRule = {
  id: "currency_consistent",
  description: "The currency agrees with the currency symbols printed and with the issuer's country (VAT id, IBAN).",
  check: (input) => {
    const currency = valueOf(input, "currency");
    if (!currency) return [];
    const found: ValidationFinding[] = [];
    const text = input.text;
    const printed = text ? SYMBOL_CURRENCY.filter(([symbol]) => symbol.test(text)).map(([, code]) => code) : [];
    if (printed.length > 0 && !printed.includes(currency)) {
      found.push(finding("currency_consistent", "error", ["currency"], `Currency ${currency}, but the document prints ${printed.join(", ")} amounts`));
    }
    const country = (valueOf(input, "vendor_tax_id") ?? valueOf(input, "iban") ?? "").slice(0, 2).toUpperCase();
    const expected = COUNTRY_CURRENCY[country];
    // A foreign-currency invoice is legitimate, so this is a doubt, not a failure.
    if (expected && expected !== currency && printed.length === 0) {
      found.push(finding("currency_consistent", "warning", ["currency"], `Currency ${currency} from an issuer in ${country}, where ${expected} is usual`));
    }
    return found;
  },
};

export const INVOICE_RULES: BusinessRule[] = [dueAfterIssue, ibanChecksum, vatIdFormat, currencyConsistent];
