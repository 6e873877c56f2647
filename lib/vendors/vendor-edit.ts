import "server-only";
import type { Actor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { AppError, notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VendorUpdate, VendorView } from "@/lib/vendors/vendor-contract";
import { checkIban, checkTaxId } from "@/lib/vendors/vendor-identifiers";
import { mergeVendors } from "@/lib/vendors/vendor-learning";
import { readVendor } from "@/lib/vendors/vendor-read";
import { lockVendors, toRecord } from "@/lib/vendors/vendor-store";

// Reviewers correcting vendor memory: an edit is what the next document from the vendor is read
// with, and a merge makes two records of one vendor one. Each holds the tenant's registry lock, so
// an approval learning at the same moment neither overwrites an edit nor learns into a merged-away vendor.

const EDITABLE = ["name", "address", "taxId", "iban", "currency"] as const;
type Editable = (typeof EDITABLE)[number];

/** The update as stored: empty text clears a value, identifiers are checked and normalised. */
function checkedChanges(body: VendorUpdate): Partial<Record<Editable, string | null>> {
  const out: Partial<Record<Editable, string | null>> = {};
  for (const key of EDITABLE) {
    const value = body[key];
    if (value !== undefined) out[key] = value === null || value === "" ? null : value;
  }
  for (const [key, check] of [["iban", checkIban], ["taxId", checkTaxId]] as const) {
    const value = out[key];
    if (!value) continue;
    const checked = check(value);
    if (!checked.ok) throw new AppError("invalid_request", checked.message, { field: checked.field, rule: checked.rule });
    out[key] = checked.value;
  }
  return out;
}

export async function updateVendor(actor: Actor, id: string, body: VendorUpdate): Promise<VendorView> {
  const changes = checkedChanges(body);
  return db.$transaction(async (tx) => {
    await lockVendors(tx, actor.tenantId);
    const vendor = await tx.vendor.findFirst({ where: { id, tenantId: actor.tenantId, mergedIntoId: null } });
    if (!vendor) throw notFound("Vendor");
    if (vendor.version !== body.version) {
      throw new AppError("stale_version", `${vendor.name} was changed after you opened it; check the current values and edit again.`, { currentVersion: vendor.version, yourVersion: body.version });
    }
    const changed = EDITABLE.filter((key) => key in changes && changes[key] !== vendor[key]);
    if (changed.length === 0) return readVendor(tx, actor.tenantId, id);
    const data: Prisma.VendorUpdateInput = { ...Object.fromEntries(changed.map((key) => [key, changes[key]])), version: { increment: 1 } };
    // A renamed vendor is known by the new name; the name it replaces was wrong, so it no longer
    // vouches for a print that spells it (other approved spellings stay).
    if (changed.includes("name")) data.aliases = vendor.aliases.filter((a) => a !== changes.name);
    await tx.vendor.update({ where: { id }, data });
    await audit(tx, actor, "vendor.updated", { type: "vendor", id }, {
      from: Object.fromEntries(changed.map((key) => [key, vendor[key]])),
      to: Object.fromEntries(changed.map((key) => [key, changes[key] ?? null])),
      version: vendor.version + 1,
    });
    return readVendor(tx, actor.tenantId, id);
  });
}

/** Merges `duplicateId` into `id`: spellings, counts and matched runs move over; the duplicate stays only as a pointer. */
export async function mergeVendor(actor: Actor, id: string, duplicateId: string): Promise<VendorView> {
  if (id === duplicateId) throw new AppError("invalid_request", "A vendor cannot be merged into itself", { field: "duplicateId" });
  return db.$transaction(async (tx) => {
    await lockVendors(tx, actor.tenantId);
    const [into, from] = await Promise.all(
      [id, duplicateId].map((vendorId) => tx.vendor.findFirst({ where: { id: vendorId, tenantId: actor.tenantId, mergedIntoId: null } })),
    );
    if (!into || !from) throw notFound("Vendor");
    const merged = mergeVendors(toRecord(into), toRecord(from));
    await tx.vendor.update({
      where: { id },
      data: {
        aliases: merged.aliases,
        address: merged.address,
        taxId: merged.taxId,
        iban: merged.iban,
        currency: merged.currency,
        approvedDocuments: merged.approvedDocuments,
        spellingChanges: merged.spellingChanges,
        fieldChecks: merged.fieldChecks,
        docTypes: merged.docTypes,
        fieldLabels: merged.fieldLabels,
        version: { increment: 1 },
      },
    });
    // Everything that pointed at the duplicate points at the vendor it became.
    const runs = await tx.vendorRun.updateMany({ where: { tenantId: actor.tenantId, vendorId: duplicateId }, data: { vendorId: id } });
    await tx.vendor.updateMany({ where: { tenantId: actor.tenantId, mergedIntoId: duplicateId }, data: { mergedIntoId: id } });
    await tx.vendor.update({ where: { id: duplicateId }, data: { mergedIntoId: id, version: { increment: 1 } } });
    await audit(tx, actor, "vendor.merged", { type: "vendor", id }, {
      duplicateId,
      duplicateName: from.name,
      approvedDocuments: { into: into.approvedDocuments, duplicate: from.approvedDocuments, after: merged.approvedDocuments },
      runs: runs.count,
    });
    return readVendor(tx, actor.tenantId, id);
  });
}
