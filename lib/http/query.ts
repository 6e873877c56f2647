import type { z } from "zod";

/** Parses the URL's query string with a zod schema (repeated keys keep their last value). */
export function readQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  return schema.parse(Object.fromEntries(new URL(request.url).searchParams));
}
