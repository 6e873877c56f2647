-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'operator';
