/** Public surface of the digests capability. */
export { createDigestService, type DigestService, type DigestStorePort, type SendResult } from './digest-service.js';
export { createMeetingService, parseMeetingFile, type Meeting, type MeetingService, type MeetingStorePort, type ImportResult, type AddMeetingResult } from './meetings.js';
export { createMeetingHandler } from './meeting-handler.js';
export { buildDigest, progressBar, type DigestInput } from './build-digest.js';
export type * from './digest-model.js';
export { renderDigestMarkdown, digestTitle } from './render-markdown.js';
export { renderDigestBlocks, SLACK_MAX_BLOCKS, SLACK_MAX_TEXT } from './render-slack.js';
export { renderDigestCard } from './render-teams.js';
export { renderDigestHtml } from './render-html.js';
export { renderDigestCsv } from './render-csv.js';
export { buildMatrix, renderMatrixHtml, type ProgressMatrix, type MatrixFilter } from './matrix.js';
export { parseDutchDate } from './dutch-date.js';
export { renderDigest, type DigestFormat } from './render.js';
