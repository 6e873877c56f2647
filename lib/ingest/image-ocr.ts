import "server-only";
import path from "node:path";
import englishData from "@tesseract.js-data/eng";
import { createScheduler, createWorker, OEM, type Scheduler } from "tesseract.js";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";

// OCR with tesseract.js. The English model ships in the @tesseract.js-data/eng package and is
// read from node_modules: tesseract.js would otherwise fetch it from a CDN, and this server must
// work offline. `cacheMethod: "none"` keeps it from writing a copy into the working directory.

export function englishLangPath(): string {
  // The package names its folder itself (it stays external to the Next bundle, so the path is real).
  // Its LSTM-only "best_int" model sits next to the default one: smaller, faster, as good on print.
  return path.join(path.dirname(englishData.langPath), "4.0.0_best_int");
}

const holder = globalThis as unknown as { sieveOcr?: Promise<Scheduler> };

function scheduler(): Promise<Scheduler> {
  holder.sieveOcr ??= (async () => {
    const s = createScheduler();
    const workers = await Promise.all(
      Array.from({ length: env().SIEVE_OCR_WORKERS }, () =>
        createWorker("eng", OEM.LSTM_ONLY, {
          langPath: englishLangPath(),
          cacheMethod: "none",
          gzip: true,
          // Without a handler tesseract.js rethrows a failed job (an unreadable image) outside
          // any promise and takes the process down; with one, only the job's promise rejects.
          errorHandler: () => undefined,
        }),
      ),
    );
    for (const worker of workers) s.addWorker(worker);
    return s;
  })();
  holder.sieveOcr.catch(() => (holder.sieveOcr = undefined));
  return holder.sieveOcr;
}

export async function imageText(bytes: Uint8Array): Promise<string> {
  const ocr = await scheduler();
  try {
    const { data } = await ocr.addJob("recognize", Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return data.text;
  } catch (error) {
    throw new AppError("unprocessable_document", "The image could not be read", { reason: "corrupt_image", detail: String(error) });
  }
}

/** Stops the OCR workers (shutdown, end of tests). */
export async function closeOcr(): Promise<void> {
  const pending = holder.sieveOcr;
  holder.sieveOcr = undefined;
  if (pending) await (await pending).terminate();
}
