-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "periodFrom" INTEGER,
    "periodTo" INTEGER,
    "actionYear" INTEGER,
    "parties" TEXT[],
    "contentHash" TEXT NOT NULL,
    "warnings" TEXT[],
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "chapterNumber" INTEGER,
    "chapterTitle" TEXT,
    "kind" TEXT,
    "title" TEXT NOT NULL,
    "multiYearText" TEXT NOT NULL,
    "yearText" TEXT NOT NULL,
    "responsible" TEXT[],
    "originalText" TEXT NOT NULL,
    "periodFrom" INTEGER,
    "periodTo" INTEGER,
    "actionYear" INTEGER,
    "searchTitle" TEXT NOT NULL DEFAULT '',
    "searchBody" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "party" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "unit" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementEmbedding" (
    "agreementId" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "vector" DOUBLE PRECISION[],

    CONSTRAINT "AgreementEmbedding_pkey" PRIMARY KEY ("agreementId")
);

-- CreateTable
CREATE TABLE "Party" (
    "id" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "aliases" TEXT[],

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "slackUserId" TEXT,
    "teamsUserId" TEXT,
    "consoleId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "municipality" TEXT,
    "party" TEXT,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationRef" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reference" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationRef_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedEvent_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ConversationContext" (
    "key" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationContext_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "conversationId" TEXT,
    "threadId" TEXT,
    "question" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "citations" JSONB NOT NULL,
    "found" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'sent',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressCycle" (
    "id" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "party" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "realised" DOUBLE PRECISION,
    "updatedBy" TEXT NOT NULL,
    "onBehalf" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReportChange" (
    "id" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "party" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "realised" DOUBLE PRECISION,
    "changedBy" TEXT NOT NULL,
    "onBehalf" BOOLEAN NOT NULL DEFAULT false,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReportChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormSession" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "party" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderState" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "promptedAt" TIMESTAMP(3),
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "lastRemindAt" TIMESTAMP(3),
    "snoozeUntil" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),

    CONSTRAINT "ReminderState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MunicipalitySetting" (
    "municipality" TEXT NOT NULL,
    "slackChannel" TEXT,
    "teamsChannel" TEXT,

    CONSTRAINT "MunicipalitySetting_pkey" PRIMARY KEY ("municipality")
);

-- CreateTable
CREATE TABLE "DigestRecord" (
    "id" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'running',
    "error" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_municipality_title_key" ON "Document"("municipality", "title");

-- CreateIndex
CREATE INDEX "Agreement_municipality_number_idx" ON "Agreement"("municipality", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_documentId_number_key" ON "Agreement"("documentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Party_municipality_name_key" ON "Party"("municipality", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slackUserId_key" ON "Person"("slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_teamsUserId_key" ON "Person"("teamsUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_consoleId_key" ON "Person"("consoleId");

-- CreateIndex
CREATE UNIQUE INDEX "Role_personId_role_municipality_party_key" ON "Role"("personId", "role", "municipality", "party");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationRef_channel_userId_key" ON "ConversationRef"("channel", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_answerId_userId_key" ON "Feedback"("answerId", "userId");

-- CreateIndex
CREATE INDEX "OutboundMessage_channel_recipient_idx" ON "OutboundMessage"("channel", "recipient");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressCycle_municipality_quarter_key" ON "ProgressCycle"("municipality", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReport_municipality_quarter_number_party_key" ON "ProgressReport"("municipality", "quarter", "number", "party");

-- CreateIndex
CREATE INDEX "ProgressReportChange_municipality_quarter_idx" ON "ProgressReportChange"("municipality", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "FormSession_personId_municipality_quarter_party_key" ON "FormSession"("personId", "municipality", "quarter", "party");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderState_personId_municipality_quarter_key" ON "ReminderState"("personId", "municipality", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_municipality_date_title_key" ON "Meeting"("municipality", "date", "title");

-- CreateIndex
CREATE INDEX "DigestRecord_municipality_kind_createdAt_idx" ON "DigestRecord"("municipality", "kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_periodKey_key" ON "JobRun"("job", "periodKey");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementEmbedding" ADD CONSTRAINT "AgreementEmbedding_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
