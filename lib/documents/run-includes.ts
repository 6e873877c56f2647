import type { Prisma } from "@/lib/generated/prisma/client";

// What a run's result view needs, in a stable order (fields by name, steps and questions by time).
export const runResultInclude = {
  fieldValues: { orderBy: { name: "asc" } },
  steps: { orderBy: { createdAt: "asc" } },
  questions: { orderBy: { createdAt: "asc" } },
} satisfies Prisma.RunInclude;

// Documents never leave the database with their bytes or full text on these read paths.
export const documentOmit = { bytes: true, text: true } satisfies Prisma.DocumentOmit;
