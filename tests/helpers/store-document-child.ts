// Child process for tests: opens the given PostgreSQL database as another instance would and stores one
// fixture document there (no search index of its own), then exits.
import { createHash } from 'node:crypto';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { openDatabase } from '../../src/storage/database.js';
import * as fixtures from '../fixtures/qa/class-documents.js';

const [url, name] = process.argv.slice(2) as [string, keyof typeof fixtures];
const doc = fixtures[name];
const db = await openDatabase({ kind: 'postgres', url });
try {
  await createAgreementRepository(db).saveDocument(doc, { sourceName: `${doc.municipality}.txt`, format: 'txt', contentHash: createHash('sha256').update(doc.title).digest('hex') });
} finally {
  await db.close();
}
