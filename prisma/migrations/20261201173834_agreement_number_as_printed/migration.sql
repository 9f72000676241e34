-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "number" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "ProgressReport" ALTER COLUMN "number" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "ProgressReportChange" ALTER COLUMN "number" SET DATA TYPE TEXT;
