import { describe, expect, it } from "vitest";
import { learningCurve, type ReplayedDocument } from "@/lib/eval/learning-curve";

const doc = (i: number, over: Partial<ReplayedDocument>): ReplayedDocument => ({
  id: `d${i}`,
  trueType: "receipt",
  predictedType: "receipt",
  fields: [
    { name: "company", value: "SHOP", confidence: 0.9, source: null },
    { name: "date", value: "2019-01-11", confidence: 0.9, source: null },
    { name: "total", value: "1.00", confidence: 0.9, source: null },
  ],
  gold: { company: "SHOP", date: "11/01/2019", total: "1.00" },
  approved: true,
  reviewed: false,
  audited: false,
  ...over,
});

describe("the learning curve", () => {
  it("reports per block the review rate, and the precision of what went through without a person", () => {
    const docs = [
      ...Array.from({ length: 4 }, (_, i) => doc(i, { approved: false, reviewed: true })),
      doc(4, {}),
      doc(5, { gold: { company: "OTHER SHOP", date: "11/01/2019", total: "1.00" } }),
      ...Array.from({ length: 3 }, (_, i) => doc(6 + i, {})),
      doc(9, { approved: false, reviewed: true }),
    ];
    const curve = learningCurve(docs, 5);
    expect(curve.blocks.map((b) => [b.documents, b.review_rate, b.auto_approved])).toEqual([[5, 0.8, 1], [5, 0.2, 4]]);
    expect(curve.blocks[1]!.auto_approve_precision).toBe(0.75);
    expect(curve).toMatchObject({ review_rate_first_block: 0.8, review_rate_last_block: 0.2, precision_after_warmup: 0.75 });
  });
});
