-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "tables" JSONB NOT NULL DEFAULT '[]';
