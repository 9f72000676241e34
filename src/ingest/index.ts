/** Document ingestion: read files to text and extract agreements, parties and targets. */
export { readDocument, MAX_DOCUMENT_BYTES, type DocumentFormat } from './read-document.js';
export { extractDocument, extractWithRules, type ExtractOptions } from './extract-agreements.js';
export { extractWithModelHelp } from './model-assist.js';
export { extractTargets } from './extract-targets.js';
export { resolveResponsibleColumn } from './responsible-parties.js';
export { inferResponsibleFromText } from './infer-responsible.js';
