// Synthetic corpora for the search benchmark: the sample documents and our own development documents,
// read by the real extractor, copied under other municipality names with shifted numbers, and written
// with bulk INSERTs (the ORM's one INSERT per agreement would take most of an hour at 50,000).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { dutchMunicipalities } from '../../src/qa/question/dutch-municipalities.js';
import type { Db } from '../../src/storage/database.js';
import { bulkInsert } from '../../tests/helpers/bulk-insert.js';
import { documentFiles } from '../../tests/helpers/load-samples.js';

/** Documents the synthetic corpus is made of. */
export async function templates(dirs: string[]): Promise<ExtractedDocument[]> {
  const out: ExtractedDocument[] = [];
  for (const dir of dirs) {
    for (const name of documentFiles(dir)) {
      const { text } = await readDocument({ name, data: readFileSync(path.join(dir, name)) });
      out.push(extractDocument(text, { sourceName: name }));
    }
  }
  return out;
}

const NAMES = dutchMunicipalities();

/** The i-th copy: another municipality (a real name, numbered once the list is used up), numbers shifted. */
export function variant(doc: ExtractedDocument, i: number): ExtractedDocument {
  const round = Math.floor(i / NAMES.length);
  const municipality = `${NAMES[i % NAMES.length]}${round ? ` ${round + 1}` : ''}-${doc.municipality.slice(0, 3)}`;
  const shift = (t: string) => t.replace(/\b(\d{2,3})\b(?![.,]\d)/g, (n) => String(Number(n) + (i % 7)));
  const rename = (t: string) => t.replaceAll(doc.municipality, municipality);
  return {
    ...doc,
    municipality,
    title: `${rename(doc.title)} (${i})`,
    parties: doc.parties.map((p) => ({ ...p, name: rename(p.name), aliases: p.aliases.map(rename) })),
    agreements: doc.agreements.map((a) => ({ ...a, title: rename(a.title), yearText: shift(rename(a.yearText)), multiYearText: shift(rename(a.multiYearText)) })),
  };
}

/** Adds copies of the templates until the store holds at least `target` agreements; returns the count. */
export async function growTo(db: Db, tpl: ExtractedDocument[], target: number, state: { next: number; count: number }): Promise<string[]> {
  const names: string[] = [];
  const docs: ExtractedDocument[] = [];
  let count = state.count;
  while (count < target) {
    const d = variant(tpl[state.next % tpl.length]!, state.next);
    state.next++;
    docs.push(d);
    names.push(d.municipality);
    count += d.agreements.length;
  }
  state.count += await bulkInsert(db, docs);
  return names;
}
