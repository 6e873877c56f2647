import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma, Vendor } from "@/lib/generated/prisma/client";
import { applyVendorMemory, type AppliedVendorMemory, type VendorMemoryOptions } from "@/lib/vendors/vendor-apply";
import { runVendorSchema, type RunVendor } from "@/lib/vendors/vendor-contract";
import { findVendorFor, learnFromApproval, type ApprovedObservation, type VendorRecord } from "@/lib/vendors/vendor-learning";
import { matchVendor } from "@/lib/vendors/vendor-match";
import { NO_VENDOR } from "@/lib/vendors/vendor-signal";

// Vendor memory's I/O: a tenant's registry read for a new document (and the match recorded on the
// run), and updated by each approval inside the approving transaction. Every query is scoped to
// the tenant: one tenant's vendors never match, or learn from, another's documents.

type Tx = Prisma.TransactionClient;

/**
 * Below this many approved documents in the registry, a vendor it does not know says nothing about
 * the document (every vendor is new to a new tenant), so only a match changes confidence.
 */
export const MIN_REGISTRY_DOCUMENTS = 20;

export function toRecord(v: Vendor): VendorRecord {
  return {
    id: v.id,
    name: v.name,
    aliases: v.aliases,
    address: v.address,
    taxId: v.taxId,
    iban: v.iban,
    currency: v.currency,
    approvedDocuments: v.approvedDocuments,
    spellingChanges: v.spellingChanges,
    fieldChecks: v.fieldChecks as VendorRecord["fieldChecks"],
    docTypes: v.docTypes as VendorRecord["docTypes"],
    fieldLabels: v.fieldLabels as VendorRecord["fieldLabels"],
  };
}

async function tenantVendors(client: Pick<Tx, "vendor">, tenantId: string): Promise<VendorRecord[]> {
  const rows = await client.vendor.findMany({ where: { tenantId, mergedIntoId: null }, orderBy: { createdAt: "asc" } });
  return rows.map(toRecord);
}

interface Field {
  name: string;
  value: string | null;
  confidence: number;
  source: { start: number; end: number } | null;
  flags?: string[];
}

/**
 * Matches a new document to the tenant's known vendors and applies what they teach: a damaged name
 * or address snapped to the known spelling, confidences moved by the vendor's track record. The
 * match (or "new vendor") is recorded on the run for the review screen.
 */
export async function applyKnownVendor<F extends Field>(
  run: { id: string; tenantId: string; documentId: string },
  text: string,
  fields: F[],
  settled: ReadonlySet<string> = new Set(),
  options: VendorMemoryOptions = {},
): Promise<AppliedVendorMemory<F>> {
  const vendors = await tenantVendors(db, run.tenantId);
  const match = matchVendor({ text, fields: Object.fromEntries(fields.map((f) => [f.name, f.value])) }, vendors);
  const known = vendors.reduce((n, v) => n + v.approvedDocuments, 0);
  const applied = match || known >= MIN_REGISTRY_DOCUMENTS ? applyVendorMemory(fields, match, text, settled, options) : { fields, signal: NO_VENDOR, changes: [] };
  const data = {
    tenantId: run.tenantId,
    documentId: run.documentId,
    vendorId: match?.vendor.id ?? null,
    matchedBy: match?.matchedBy ?? null,
    approvedDocuments: match?.vendor.approvedDocuments ?? 0,
    changes: applied.changes as unknown as Prisma.InputJsonValue,
  };
  await db.vendorRun.upsert({ where: { runId: run.id }, create: { runId: run.id, ...data }, update: data });
  return applied;
}

/** What vendor memory knew about a run's vendor when it ran (null: the run predates vendor memory). */
export async function vendorOfRun(tenantId: string, runId: string): Promise<RunVendor | null> {
  const row = await db.vendorRun.findFirst({ where: { runId, tenantId } });
  if (!row) return null;
  const vendor = row.vendorId ? await db.vendor.findFirst({ where: { id: row.vendorId, tenantId }, select: { name: true } }) : null;
  return runVendorSchema.parse({ known: row.vendorId !== null, vendorId: vendor ? row.vendorId : null, name: vendor?.name ?? null, approvedDocuments: row.approvedDocuments, matchedBy: row.matchedBy, changes: row.changes });
}

/** Serialises changes to a tenant's registry (approvals, reviewers' edits and merges) until the transaction ends. */
export async function lockVendors(tx: Tx, tenantId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`vendors:${tenantId}`}))`;
}

/** An approval teaches the tenant's registry: the vendor is created, or its spellings, identifiers and layout updated. */
export async function learnVendor(tx: Tx, run: { id: string; tenantId: string }, obs: ApprovedObservation, now: Date): Promise<void> {
  // One approval at a time per tenant, so two documents of a new vendor do not create it twice.
  await lockVendors(tx, run.tenantId);
  const [vendors, vendorRun] = await Promise.all([tenantVendors(tx, run.tenantId), tx.vendorRun.findFirst({ where: { runId: run.id, tenantId: run.tenantId } })]);
  if (vendorRun?.learnedAt) return;
  const before = findVendorFor(obs, vendors, vendorRun?.vendorId);
  const after = learnFromApproval(before, obs, crypto.randomUUID());
  if (!after) return;
  const data = {
    name: after.name,
    aliases: after.aliases,
    address: after.address,
    taxId: after.taxId,
    iban: after.iban,
    currency: after.currency,
    approvedDocuments: after.approvedDocuments,
    spellingChanges: after.spellingChanges,
    fieldChecks: after.fieldChecks,
    docTypes: after.docTypes,
    fieldLabels: after.fieldLabels,
  };
  if (before) await tx.vendor.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
  else await tx.vendor.create({ data: { id: after.id, tenantId: run.tenantId, ...data } });
  if (vendorRun) await tx.vendorRun.update({ where: { runId: run.id }, data: { learnedAt: now } });
}
