-- CreateTable
CREATE TABLE "AgreementCorrection" (
    "id" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "documentTitle" TEXT NOT NULL,
    "sourceNumber" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "correctedBy" TEXT NOT NULL,
    "correctedByName" TEXT NOT NULL,
    "correctedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentReview" (
    "municipality" TEXT NOT NULL,
    "documentTitle" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "reviewedBy" TEXT NOT NULL,
    "reviewedByName" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentReview_pkey" PRIMARY KEY ("municipality","documentTitle")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgreementCorrection_municipality_documentTitle_sourceNumber_key" ON "AgreementCorrection"("municipality", "documentTitle", "sourceNumber", "sourceTitle", "field");
