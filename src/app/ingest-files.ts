import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractedDocument } from '../core/agreement.js';
import { IngestError } from '../core/errors.js';
import type { AgreementRepository, SearchIndexer } from '../core/ports.js';
import { DEFAULT_LIMITS, formatMb } from '../ingest/limits.js';

/** Larger files are refused before they are read (the upload limit of ingest/limits.ts). */
export const MAX_FILE_BYTES = DEFAULT_LIMITS.maxBytes;
const tooLarge = (bytes: number) => `het bestand is groter dan de limiet van ${formatMb(MAX_FILE_BYTES)} (${formatMb(bytes)})`;

/** One agreement as `ingest` reports it. */
export interface IngestedAgreement {
  number: string;
  title: string;
  theme: string | null;
  responsible: string[];
}

export interface IngestedFile {
  file: string;
  ok: true;
  status: 'created' | 'replaced' | 'unchanged';
  /** The stored document (its review page). */
  documentId: string;
  municipality: string;
  title: string;
  period: { from: number | null; to: number | null };
  actionYear: number | null;
  parties: string[];
  /** How many agreements were stored. */
  agreements: number;
  agreementList: IngestedAgreement[];
  warnings: string[];
}

/** What the user gave on the command line (`--municipality`, `--title`); it wins over what the document says. */
export interface IngestOverrides {
  municipality?: string;
  title?: string;
}

export interface FailedFile {
  file: string;
  ok: false;
  error: string;
}

export type IngestOutcome = IngestedFile | FailedFile;

export interface IngestDeps {
  agreements: AgreementRepository;
  indexer: SearchIndexer;
  readDocument(input: { name: string; data: Buffer }): Promise<{ text: string; format: string }>;
  /** The rules, or the rules with a model's help for layouts they do not recognise. */
  extractDocument(text: string, opts: { sourceName: string } & IngestOverrides): ExtractedDocument | Promise<ExtractedDocument>;
}

/**
 * Ingests files one by one: each document is read, extracted and stored in one transaction, so a bad
 * file stores nothing and the others still go in.
 */
export async function ingestFiles(
  deps: IngestDeps,
  files: string[],
  onProgress?: (done: number, total: number, outcome: IngestOutcome) => void,
  overrides: IngestOverrides = {},
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const [i, file] of files.entries()) {
    const outcome = await ingestOne(deps, file, overrides);
    outcomes.push(outcome);
    onProgress?.(i + 1, files.length, outcome);
  }
  return outcomes;
}

async function ingestOne(deps: IngestDeps, file: string, overrides: IngestOverrides): Promise<IngestOutcome> {
  const name = path.basename(file);
  try {
    const info = await stat(file).catch(() => {
      throw new IngestError(name, 'bestand niet gevonden');
    });
    if (info.isDirectory()) throw new IngestError(name, 'dit is een map, geen bestand');
    if (info.size > MAX_FILE_BYTES) throw new IngestError(name, tooLarge(info.size));
    return await ingestData(deps, file, await readFile(file), overrides);
  } catch (err) {
    return failed(file, err);
  }
}

function failed(file: string, err: unknown): FailedFile {
  const message = err instanceof IngestError ? err.message : `${path.basename(file)}: ${(err as Error).message}`;
  return { file, ok: false, error: message };
}

/** Reads, extracts and stores one document's bytes; `file` names it in messages. */
async function ingestData(deps: IngestDeps, file: string, data: Buffer, overrides: IngestOverrides): Promise<IngestOutcome> {
  const name = path.basename(file);
  try {
    if (data.length > MAX_FILE_BYTES) throw new IngestError(name, tooLarge(data.length));
    const { text, format } = await deps.readDocument({ name, data });
    const doc = await deps.extractDocument(text, { sourceName: name, ...definedOverrides(overrides) });
    const contentHash = createHash('sha256').update(data).digest('hex');
    const saved = await deps.agreements.saveDocument(doc, { sourceName: name, format, contentHash });
    if (saved.status !== 'unchanged') await deps.indexer.indexDocument(saved.documentId);
    return {
      file,
      ok: true,
      status: saved.status,
      documentId: saved.documentId,
      municipality: doc.municipality,
      title: doc.title,
      period: doc.period,
      actionYear: doc.actionYear,
      parties: doc.parties.map((p) => p.name),
      agreements: doc.agreements.length,
      agreementList: doc.agreements.map((a) => ({ number: a.number, title: a.title, theme: a.chapterTitle, responsible: a.responsible })),
      warnings: doc.warnings,
    };
  } catch (err) {
    return failed(file, err);
  }
}

/** Ingests documents that arrive as bytes (a CLI handing its files to the running server). */
export async function ingestBuffers(deps: IngestDeps, files: Array<{ name: string; data: Buffer }>, overrides: IngestOverrides = {}): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const f of files) outcomes.push(await ingestData(deps, path.basename(f.name), f.data, overrides));
  return outcomes;
}

/** Only the overrides that were given, trimmed; an empty --title is no title. */
function definedOverrides(o: IngestOverrides): IngestOverrides {
  const out: IngestOverrides = {};
  if (o.municipality?.trim()) out.municipality = o.municipality.trim();
  if (o.title?.trim()) out.title = o.title.trim();
  return out;
}
