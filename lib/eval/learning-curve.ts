import { approvalFigures, fieldAccuracy, type ScoredDocument } from "@/lib/eval/metrics";

// The learning curve of a replay: per block of documents in upload order, how many needed a
// person, how often what went through alone was right, and how well the fields were read before
// anyone corrected them. Pure: scored documents in, figures out.

export type ReplayedDocument = ScoredDocument & {
  /** A person handled it before it was decided (review or question); audits of approvals do not count. */
  reviewed: boolean;
  /** An auto-approval a person audited afterwards. */
  audited: boolean;
};

export interface BlockFigures {
  block: number;
  from: number;
  to: number;
  documents: number;
  review_rate: number;
  auto_approved: number;
  auto_approve_precision: number | null;
  field_accuracy: number | null;
  audited: number;
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);

function fieldAccuracyOf(docs: ReplayedDocument[]): number | null {
  const perField = Object.values(fieldAccuracy(docs));
  return perField.length === 0 ? null : perField.reduce((s, a) => s + a, 0) / perField.length;
}

export function learningCurve(docs: ReplayedDocument[], blockSize: number) {
  const blocks: BlockFigures[] = [];
  for (let start = 0; start < docs.length; start += blockSize) {
    const block = docs.slice(start, start + blockSize);
    const approval = approvalFigures(block.map((d) => ({ ...d, approved: d.approved && !d.reviewed })));
    blocks.push({
      block: blocks.length + 1,
      from: start + 1,
      to: start + block.length,
      documents: block.length,
      review_rate: round(block.filter((d) => d.reviewed).length / block.length)!,
      auto_approved: approval.approved,
      auto_approve_precision: round(approval.precision),
      field_accuracy: round(fieldAccuracyOf(block)),
      audited: block.filter((d) => d.audited).length,
    });
  }
  const afterWarmup = approvalFigures(docs.slice(blockSize).map((d) => ({ ...d, approved: d.approved && !d.reviewed })));
  return {
    blocks,
    review_rate_first_block: blocks[0]?.review_rate ?? null,
    review_rate_last_block: blocks.at(-1)?.review_rate ?? null,
    precision_after_warmup: round(afterWarmup.precision),
    auto_approved_after_warmup: afterWarmup.approved,
  };
}
