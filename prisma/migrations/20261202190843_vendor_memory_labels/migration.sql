-- CreateTable
CREATE TABLE "Vendor" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "address" TEXT,
    "taxId" TEXT,
    "iban" TEXT,
    "currency" TEXT,
    "approvedDocuments" INTEGER NOT NULL DEFAULT 0,
    "spellingChanges" INTEGER NOT NULL DEFAULT 0,
    "fieldChecks" JSONB NOT NULL DEFAULT '{}',
    "docTypes" JSONB NOT NULL DEFAULT '{}',
    "fieldLabels" JSONB NOT NULL DEFAULT '{}',
    "mergedIntoId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vendor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorRun" (
    "runId" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "vendorId" TEXT,
    "matchedBy" TEXT,
    "approvedDocuments" INTEGER NOT NULL DEFAULT 0,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "learnedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorRun_pkey" PRIMARY KEY ("runId")
);

-- CreateTable
CREATE TABLE "LabelRecord" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "docType" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "approvedBy" TEXT NOT NULL,
    "approvedById" TEXT,
    "checked" BOOLEAN NOT NULL,
    "rejected" BOOLEAN NOT NULL DEFAULT false,
    "fields" JSONB NOT NULL,
    "correctedFields" TEXT[],
    "correct" BOOLEAN,
    "approvedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LabelRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Vendor_tenantId_mergedIntoId_idx" ON "Vendor"("tenantId", "mergedIntoId");

-- CreateIndex
CREATE INDEX "Vendor_tenantId_taxId_idx" ON "Vendor"("tenantId", "taxId");

-- CreateIndex
CREATE INDEX "Vendor_tenantId_iban_idx" ON "Vendor"("tenantId", "iban");

-- CreateIndex
CREATE INDEX "VendorRun_tenantId_vendorId_idx" ON "VendorRun"("tenantId", "vendorId");

-- CreateIndex
CREATE INDEX "VendorRun_documentId_idx" ON "VendorRun"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "LabelRecord_documentId_key" ON "LabelRecord"("documentId");

-- CreateIndex
CREATE INDEX "LabelRecord_tenantId_docType_checked_approvedAt_idx" ON "LabelRecord"("tenantId", "docType", "checked", "approvedAt");

-- CreateIndex
CREATE INDEX "LabelRecord_tenantId_approvedAt_idx" ON "LabelRecord"("tenantId", "approvedAt");
