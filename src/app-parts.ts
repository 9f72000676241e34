/**
 * Everything `createApp` (main.ts) builds the bot from, in one module that main.ts loads on demand, so a
 * command that only reads agreements does not load search, progress, digests, ingest or the web console.
 * Slack, Teams, the model client and the OIDC client are not here: main.ts loads each only when it is configured.
 */
export { ingestBuffers, ingestFiles } from './app/ingest-files.js';
export { createConversationEngine } from './conversation/engine.js';
export { createNotifier } from './conversation/notifier.js';
export { createHttpServer } from './channels/web/http-server.js';
export { createWebConsole } from './channels/web/web-console.js';
export { unconfiguredChannelRoute } from './channels/web/unconfigured-route.js';
export { createNotFoundRoute } from './channels/web/not-found-route.js';
export { createIngestRoute } from './channels/web/ingest-route.js';
export { createWebAuth } from './channels/web/auth/web-auth.js';
export { createRequestGuard } from './channels/web/security/request-guard.js';
export { createWebSessionStore } from './storage/web-session-store.js';
export { readDocument } from './ingest/read-document.js';
export { extractDocument } from './ingest/extract-agreements.js';
export { createQaService } from './qa/qa-service.js';
export { createProgressService } from './progress/progress-service.js';
export { createProgressHandler } from './progress/progress-handler.js';
export { createDigestService } from './digests/digest-service.js';
export { createMeetingHandler } from './digests/meeting-handler.js';
export { renderDigestHtml } from './digests/render-html.js';
export { renderMatrixHtml } from './digests/matrix.js';
export { createExport } from './digests/exports.js';
export { createScheduler } from './scheduler/scheduler.js';
export { createSearchStore } from './storage/search-store.js';
export { createAnswerStore, createConversationRefStore, createEventLog, createOutboxStore } from './storage/conversation-store.js';
export { createDirectoryRepository } from './storage/directory-repository.js';
export { createDigestStore } from './storage/digest-store.js';
export { createMeetingStore } from './storage/meeting-store.js';
export { createJobStore } from './storage/job-store.js';
export { createProgressStore } from './storage/progress-store.js';
