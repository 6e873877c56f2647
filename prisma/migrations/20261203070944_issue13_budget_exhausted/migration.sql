-- AlterEnum
ALTER TYPE "ReviewReason" ADD VALUE 'budget_exhausted';
