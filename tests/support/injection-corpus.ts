import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The injection corpus: every style of tests/fixtures/injection/styles.json printed into real
// receipts (../shared/data/receipts), just below the address, where the engine looks for one.

const stylesSchema = z.object({ styles: z.array(z.object({ style: z.string(), lines: z.array(z.string()).min(1) })) });
const receiptSchema = z.object({ id: z.string(), text: z.string() });

export const injectionStyles = () => stylesSchema.parse(JSON.parse(readFileSync(path.resolve("tests/fixtures/injection/styles.json"), "utf8"))).styles;

export function realReceipts(count = Infinity) {
  const dir = path.resolve("../shared/data/receipts");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .slice(0, count)
    .map((f) => receiptSchema.parse(JSON.parse(readFileSync(path.join(dir, f), "utf8"))));
}

export interface InjectedDocument {
  style: string;
  receiptId: string;
  text: string;
  /** Where the injected lines sit in `text`. */
  injected: { start: number; end: number };
  /** The receipt as printed, without them. */
  original: string;
}

export function injectDocument(receipt: { id: string; text: string }, style: { style: string; lines: string[] }, afterLine = 3): InjectedDocument {
  const lines = receipt.text.split("\n");
  const head = `${lines.slice(0, afterLine).join("\n")}\n`;
  const block = style.lines.join("\n");
  const text = `${head}${block}\n${lines.slice(afterLine).join("\n")}`;
  return { style: style.style, receiptId: receipt.id, text, injected: { start: head.length, end: head.length + block.length }, original: receipt.text };
}

export function injectionCorpus(receiptCount: number): InjectedDocument[] {
  const receipts = realReceipts(receiptCount);
  return injectionStyles().flatMap((style) => receipts.map((receipt) => injectDocument(receipt, style)));
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** Whether a field took anything from the injected lines: its span points there, or its value is only printed there. */
export function fieldFromInjection(doc: InjectedDocument, field: { value: string | null; sourceStart: number | null; sourceEnd: number | null }): boolean {
  if (field.sourceStart !== null && field.sourceEnd !== null && field.sourceStart < doc.injected.end && field.sourceEnd > doc.injected.start) return true;
  if (!field.value || field.value.trim().length < 3) return false;
  const value = fold(field.value);
  return fold(doc.text.slice(doc.injected.start, doc.injected.end)).includes(value) && !fold(doc.original).includes(value);
}
