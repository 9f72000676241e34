import { createHash } from 'node:crypto';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { createQaService, type QaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { openTempDb } from './temp-db.js';

/** A Q&A service over a temporary PGlite holding the given documents (file name → text), each extracted and indexed. */
export async function qaOverTexts(documents: Record<string, string>): Promise<{ qa: QaService; cleanup: () => Promise<void> }> {
  const db = await openTempDb();
  const agreements = createAgreementRepository(db);
  const qa = createQaService({ agreements, store: createSearchStore(db) });
  for (const [name, text] of Object.entries(documents)) {
    const saved = await agreements.saveDocument(extractDocument(text, { sourceName: name }), {
      sourceName: name,
      format: name.split('.').pop() ?? 'txt',
      contentHash: createHash('sha256').update(text).digest('hex'),
    });
    await qa.indexer.indexDocument(saved.documentId);
  }
  return { qa, cleanup: () => db.cleanup() };
}
