import { z } from "zod";

// What vendor memory knew about a run's vendor when the run was matched: the review screen says
// "known vendor (12 approved documents)" or "new vendor", and which values it replaced.

export const runVendorSchema = z
  .object({
    known: z.boolean(),
    name: z.string().nullable().meta({ description: "The known vendor's name (null: a new vendor)" }),
    approvedDocuments: z.number().int().meta({ description: "The vendor's approved documents when the run was matched" }),
    matchedBy: z.enum(["tax_id", "iban", "name"]).nullable(),
    changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string() })).meta({ description: "Values vendor memory replaced by the known spelling" }),
  })
  .meta({ id: "RunVendor" });

export type RunVendor = z.infer<typeof runVendorSchema>;
