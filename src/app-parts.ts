/**
 * Everything `createApp` (main.ts) builds the bot from, in one module that main.ts loads on demand, so a
 * command that only reads agreements does not load search, progress, digests, ingest or the web console.
 * Slack, Teams, the model client and the OIDC client are not here: main.ts loads each only when it is configured.
 */
export { ingestBuffers, ingestFiles } from './app/ingest-files.js';
export { createRecoveryWork } from './app/recovery.js';
export { stopGracefully } from './app/shutdown.js';
export { createConversationEngine } from './conversation/engine.js';
export { createDelivery } from './conversation/delivery.js';
export { createNotifier } from './conversation/notifier.js';
export { createAnswerReplay } from './conversation/replay.js';
export { createHttpServer } from './channels/web/http-server.js';
export { createWebConsole } from './channels/web/web-console.js';
export { unconfiguredChannelRoute } from './channels/web/unconfigured-route.js';
export { createIngestRoute } from './channels/web/ingest-route.js';
export { createWebAuth } from './channels/web/auth/web-auth.js';
export { createWebSessionStore } from './storage/web-session-store.js';
export { readDocument } from './ingest/read-document.js';
export { extractDocument } from './ingest/extract-agreements.js';
export { extractWithModelHelp } from './ingest/model-assist.js';
export { createQaService } from './qa/qa-service.js';
export { createProgressService } from './progress/progress-service.js';
export { createProgressHandler } from './progress/progress-handler.js';
export { createDigestService } from './digests/digest-service.js';
export { createMeetingHandler } from './digests/meeting-handler.js';
export { createScheduler } from './scheduler/scheduler.js';
export { createReviewStore } from './storage/review-store.js';
export { createReviewService } from './review/review-service.js';
export { createUploadHandler } from './review/upload-handler.js';
export { createSearchStore } from './storage/search-store.js';
export { createAnswerStore, createConversationRefStore } from './storage/conversation-store.js';
export { createInboundLog } from './storage/inbound-log.js';
export { repairIndex } from './storage/index-repair.js';
export { createLeaseStore } from './storage/leases.js';
export { createOutboxStore } from './storage/outbox-store.js';
export { withStartupLock } from './storage/startup-lock.js';
export { createDirectoryRepository } from './storage/directory-repository.js';
export { createDigestStore } from './storage/digest-store.js';
export { createMeetingStore } from './storage/meeting-store.js';
export { createJobStore } from './storage/job-store.js';
export { renderDigestHtml } from './digests/render-html.js';
export { renderMatrixHtml } from './digests/matrix.js';
export { createProgressStore } from './storage/progress-store.js';
export { createNotFoundRoute } from './channels/web/not-found-route.js';
export { createExport } from './digests/exports.js';
