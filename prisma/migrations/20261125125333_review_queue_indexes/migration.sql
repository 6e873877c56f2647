-- CreateIndex
CREATE INDEX "ReviewItem_tenantId_status_priority_createdAt_id_idx" ON "ReviewItem"("tenantId", "status", "priority" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "ReviewItem_tenantId_status_reason_priority_createdAt_id_idx" ON "ReviewItem"("tenantId", "status", "reason", "priority" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "ReviewItem_tenantId_status_docType_priority_createdAt_id_idx" ON "ReviewItem"("tenantId", "status", "docType", "priority" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "ReviewItem_tenantId_status_slaDueAt_id_idx" ON "ReviewItem"("tenantId", "status", "slaDueAt", "id");

-- CreateIndex
CREATE INDEX "ReviewItem_tenantId_status_confidence_id_idx" ON "ReviewItem"("tenantId", "status", "confidence", "id");

-- CreateIndex
CREATE INDEX "ReviewItem_tenantId_reason_status_resolvedAt_idx" ON "ReviewItem"("tenantId", "reason", "status", "resolvedAt");

-- CreateIndex
CREATE INDEX "ReviewItem_status_claimExpiresAt_idx" ON "ReviewItem"("status", "claimExpiresAt");

-- CreateIndex
CREATE INDEX "ReviewItem_updatedAt_idx" ON "ReviewItem"("updatedAt");
