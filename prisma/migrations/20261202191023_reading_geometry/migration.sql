-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "reading" JSONB,
ADD COLUMN     "readingConfidence" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "FieldValue" ADD COLUMN     "evidence" JSONB;

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "errorCode" TEXT;
