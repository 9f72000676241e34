-- CreateIndex
CREATE INDEX "Target_agreementId_idx" ON "Target"("agreementId");
