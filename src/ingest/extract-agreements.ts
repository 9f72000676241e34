/** Turns the plain text of a performance-agreements document into an ExtractedDocument. */
import type { ExtractedAgreement, ExtractedDocument, ExtractedParty } from '../core/agreement.js';
import { IngestError } from '../core/errors.js';
import { parseAgreements, type RawAgreement } from './agreement-parser.js';
import { deriveTitle } from './agreement-title.js';
import { extractMeta } from './document-meta.js';
import { collectWarnings } from './document-warnings.js';
import { extractParties } from './extract-parties.js';
import { extractTargets } from './extract-targets.js';
import { flatten } from './html-text.js';
import { markdownTablesToRows } from './markdown-table.js';
import { makeNumbersUnique } from './unique-numbers.js';
import { inferResponsibleFromText, orderResponsible, resolveResponsibleColumn } from './responsible-parties.js';

export interface ExtractOptions {
  sourceName: string;
  municipalityHint?: string;
}

/** Names that may follow a title without punctuation: parties, their aliases and the municipality. */
function knownNames(parties: readonly ExtractedParty[], municipality: string): string[] {
  const names = parties.flatMap((p) => [p.name, ...p.aliases]);
  if (municipality) names.push(municipality);
  return names;
}

function joinParts(parts: readonly string[]): string {
  return parts.map(flatten).filter(Boolean).join(' ');
}

function toAgreement(
  raw: RawAgreement,
  parties: readonly ExtractedParty[],
  names: readonly string[],
  actionYear: number | null,
): ExtractedAgreement {
  const multiYearText = joinParts(raw.multi);
  const title = raw.headingTitle
    ? flatten(raw.headingTitle)
    : deriveTitle(raw.titleMode === 'table' ? raw.multi.join(' ') : raw.multi.join(' ') || raw.lead, names, raw.titleMode);
  let yearText = joinParts(raw.year);
  // Single-text action programmes: the paragraph (or the only text column) is this year's text as well.
  if (!yearText && actionYear !== null && raw.singleText) yearText = multiYearText;
  const fromColumn = orderResponsible(raw.responsible.flatMap((r) => resolveResponsibleColumn(r, parties)), parties);
  const responsible = fromColumn.length > 0 ? fromColumn : inferResponsibleFromText(multiYearText || yearText, parties);
  return {
    number: raw.label,
    chapterNumber: raw.chapterNumber,
    chapterTitle: raw.chapterTitle,
    kind: raw.kind,
    title,
    multiYearText,
    yearText,
    responsible,
    originalText: raw.original.join('\n'),
    targets: extractTargets(yearText, parties),
  };
}

/** Extracts document facts, parties and numbered agreements; throws IngestError when none are numbered. */
export function extractDocument(text: string, opts: ExtractOptions): ExtractedDocument {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/\f/g, '\n');
  const lines = markdownTablesToRows(normalized.split('\n'));
  const meta = extractMeta(lines, opts);
  const parties = extractParties(normalized, lines, meta.municipality);
  const { agreements: raws } = parseAgreements(lines);
  if (raws.length === 0) throw new IngestError(opts.sourceName, 'geen genummerde afspraken gevonden');
  const names = knownNames(parties, meta.municipality);
  const agreements = raws.map((r) => toAgreement(r, parties, names, meta.actionYear));
  const themeIndex = new Map<string, number>();
  const numbering = makeNumbersUnique(agreements, (a) => {
    if (a.chapterNumber !== null) return String(a.chapterNumber);
    if (!a.chapterTitle) return null;
    if (!themeIndex.has(a.chapterTitle)) themeIndex.set(a.chapterTitle, themeIndex.size + 1);
    return String(themeIndex.get(a.chapterTitle));
  });
  return { ...meta, parties, agreements, warnings: [...numbering, ...collectWarnings(agreements)] };
}
