import type { z } from "zod";
import { AppError } from "@/lib/core/errors";

/** Like readJson, for endpoints whose body may be left out: an empty body parses as `{}`. */
export async function readOptionalJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const text = await request.text();
  let body: unknown = {};
  try {
    if (text.trim()) body = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The request body must be valid JSON");
  }
  return schema.parse(body);
}
