-- AlterTable
ALTER TABLE "ProcessedEvent" ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "channel" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "message" JSONB,
ADD COLUMN     "owner" TEXT,
ADD COLUMN     "replies" JSONB,
ADD COLUMN     "replyTo" JSONB,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'answered';

-- AlterTable
ALTER TABLE "OutboundMessage" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3),
ADD COLUMN     "owner" TEXT,
ADD COLUMN     "reference" JSONB,
ADD COLUMN     "sentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "JobRun" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "heartbeatAt" TIMESTAMP(3),
ADD COLUMN     "leaseUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ProcessedEvent_status_createdAt_idx" ON "ProcessedEvent"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboundMessage_dedupeKey_key" ON "OutboundMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboundMessage_status_nextAttemptAt_idx" ON "OutboundMessage"("status", "nextAttemptAt");
