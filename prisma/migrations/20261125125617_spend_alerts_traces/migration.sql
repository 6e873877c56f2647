-- CreateEnum
CREATE TYPE "AlertDeliveryStatus" AS ENUM ('pending', 'delivered', 'failed', 'skipped');

-- AlterTable
ALTER TABLE "SpendAlert" ADD COLUMN     "deliveryStatus" "AlertDeliveryStatus" NOT NULL DEFAULT 'pending',
ADD COLUMN     "nextDeliveryAt" TIMESTAMP(3),
ADD COLUMN     "tenantId" TEXT;

-- CreateTable
CREATE TABLE "SpendHour" (
    "id" BIGSERIAL NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "tenantId" TEXT,
    "dim" TEXT NOT NULL,
    "key" TEXT,
    "provider" TEXT NOT NULL DEFAULT '',
    "calls" INTEGER NOT NULL,
    "costMicros" BIGINT NOT NULL,
    "inputTokens" BIGINT NOT NULL,
    "outputTokens" BIGINT NOT NULL,
    "cacheHits" INTEGER NOT NULL,
    "hitInputTokens" BIGINT NOT NULL,
    "hitOutputTokens" BIGINT NOT NULL,
    "retries" INTEGER NOT NULL,
    "retryCostMicros" BIGINT NOT NULL,
    "errors" INTEGER NOT NULL,

    CONSTRAINT "SpendHour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpendRollupState" (
    "id" TEXT NOT NULL,
    "rolledUntil" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpendRollupState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpendHour_tenantId_dim_hour_idx" ON "SpendHour"("tenantId", "dim", "hour");

-- CreateIndex
CREATE INDEX "SpendHour_hour_idx" ON "SpendHour"("hour");

-- CreateIndex
CREATE INDEX "FieldValue_value_idx" ON "FieldValue"("value");

-- CreateIndex
CREATE INDEX "FieldValue_correctedValue_idx" ON "FieldValue"("correctedValue");

-- CreateIndex
CREATE INDEX "Run_tenantId_status_createdAt_idx" ON "Run"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "SpendAlert_tenantId_createdAt_idx" ON "SpendAlert"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "SpendAlert_deliveryStatus_nextDeliveryAt_idx" ON "SpendAlert"("deliveryStatus", "nextDeliveryAt");
