-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "unchanged" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ProgressReportChange" ADD COLUMN     "unchanged" BOOLEAN NOT NULL DEFAULT false;
