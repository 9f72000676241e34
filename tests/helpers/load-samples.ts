import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import type { SearchIndexer } from '../../src/core/ports.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import type { Db } from '../../src/storage/database.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The sample documents as the repository ships them (the same files as the shared corpus). */
export const CORPUS_DIR = path.resolve(repoRoot, 'examples/documents');

type Extract = (text: string, opts: { sourceName: string }) => ExtractedDocument;
type Read = (input: { name: string; data: Buffer }) => Promise<{ text: string; format: string }>;

/** The real extractor when it exists; otherwise a rough numbered-item splitter so Q&A can be tested alone. */
async function extractor(): Promise<{ extract: Extract; read: Read | null }> {
  const ex = path.join(repoRoot, 'src/ingest/extract-agreements.ts');
  const rd = path.join(repoRoot, 'src/ingest/read-document.ts');
  if (existsSync(ex) && process.env.QA_ROUGH_EXTRACT !== '1') {
    const mod = (await import(pathToFileURL(ex).href)) as { extractDocument: Extract };
    const read = existsSync(rd) ? ((await import(pathToFileURL(rd).href)) as { readDocument: Read }).readDocument : null;
    return { extract: mod.extractDocument, read };
  }
  return { extract: roughExtract, read: null };
}

/** Fallback: agreements are the items numbered 1, 2, 3… in order ("3) Verkoop…", "12. We…"). */
export function roughExtract(text: string, opts: { sourceName: string }): ExtractedDocument {
  const municipality = /almelo/i.test(opts.sourceName) ? 'Almelo' : /almere/i.test(opts.sourceName) ? 'Almere' : path.parse(opts.sourceName).name.split(/[-_ ]/)[0]!;
  const years = /(20\d\d)\s*(?:t\/m|-|tot en met)\s*(20\d\d)/i.exec(text);
  const action = /actieprogramma\s+(20\d\d)/i.exec(text);
  const agreements: ExtractedDocument['agreements'] = [];
  let next = 1;
  let pos = 0;
  const starts: Array<{ n: number; at: number }> = [];
  const re = /(?:^|[\s>])(\d{1,2})[.)]\s+(?=[A-Z])/gm;
  for (const m of text.matchAll(re)) {
    if (Number(m[1]) === next && m.index! >= pos) {
      starts.push({ n: next, at: m.index! });
      next++;
      pos = m.index!;
    }
  }
  starts.forEach((s, i) => {
    const seg = text.slice(s.at, starts[i + 1]?.at ?? text.length).replace(/^\s*(?:<p>)?\d{1,2}[.)]\s+/, '');
    const cols = seg.split('\t');
    const multi = cols[0] ?? seg;
    const year = cols.length > 1 ? cols.slice(1, -1).join(' ') || cols[1]! : '';
    const title = multi.replace(/<[^>]+>/g, ' ').trim().split(/(?<=[a-z])\s+(?=[A-Z])|[.:]/)[0]!.slice(0, 90).trim();
    agreements.push({
      number: String(s.n),
      chapterNumber: null,
      chapterTitle: null,
      kind: null,
      title,
      multiYearText: multi,
      yearText: year,
      responsible: [],
      originalText: seg,
      targets: [],
    });
  });
  return {
    municipality,
    title: `${municipality} ${opts.sourceName}`,
    period: { from: years ? Number(years[1]) : null, to: years ? Number(years[2]) : null },
    actionYear: action ? Number(action[1]) : null,
    parties: [],
    agreements,
    warnings: [],
  };
}

/** Document files in a folder: readable formats only (gold files, READMEs and scripts beside them are skipped). */
export function documentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.(txt|md|html?|pdf|docx)$/i.test(name) && !/^readme\b/i.test(name))
    .sort();
}

/**
 * Reads, extracts, stores and indexes every document in examples/documents (or the given folder). A
 * document that fails is reported through `onError` when given (and skipped); otherwise it throws.
 */
export async function loadSamples(
  db: Db,
  indexer?: SearchIndexer,
  dir = CORPUS_DIR,
  onError?: (file: string, err: unknown) => void,
): Promise<ExtractedDocument[]> {
  const repo = createAgreementRepository(db);
  const { extract, read } = await extractor();
  const docs: ExtractedDocument[] = [];
  for (const name of documentFiles(dir)) {
    try {
      const data = readFileSync(path.join(dir, name));
      const { text, format } = read ? await read({ name, data }) : { text: data.toString('utf8'), format: 'txt' };
      const doc = extract(text, { sourceName: name });
      const saved = await repo.saveDocument(doc, { sourceName: name, format, contentHash: createHash('sha256').update(data).digest('hex') });
      await indexer?.indexDocument(saved.documentId);
      docs.push(doc);
    } catch (err) {
      if (!onError) throw err;
      onError(name, err);
    }
  }
  return docs;
}
