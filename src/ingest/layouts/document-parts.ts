/**
 * Documents in parts with their own layout and numbering: "Deel A Meerjarige afspraken" as numbered paragraphs,
 * "Deel B Jaarschijf 2026" as a table, both numbered from 1. Each part is read with the layout that suits it;
 * when the numbers repeat between parts they get the part's letter, as such documents refer to them ("zie A3").
 */
import type { Block } from '../blocks.js';
import type { ReadContext } from './layout.js';
import type { RawAgreement } from './raw-agreement.js';
import { chooseLayout, type LayoutChoice } from './registry.js';
import { matchPartHeading } from '../headings.js';
import { mainTextMultiYear, themesFromNumbers } from './part-kinds.js';

/** "Deel A  Meerjarige afspraken 2025-2028", "DEEL 2 – Jaarschijf 2026", "Deel B: Uitvoeringsprogramma". */
const PART_HEADING = /^(?:deel|onderdeel)\s+([A-Z]|\d{1,2}|I{1,3}|IV|V)\b(?:\s*[:.–—-]?\s+\S.{0,80})?$/iu;

const APPENDIX_PART = /^bijlage\s+([A-Z]|\d{1,2})\b/i;

export interface PartReading {
  choice: LayoutChoice;
  raws: RawAgreement[];
  /** Two or more parts say their kind ("Deel 1 – Meerjarige afspraken", "Deel 2 – Uitvoeringsagenda 2026") and keep their numbers. */
  kinds: boolean;
}

/** The part before "B" is "A", before "2" is "1": for a first part whose heading went with the cover. */
function previousLabel(label: string): string | null {
  if (/^\d+$/.test(label)) return Number(label) > 1 ? String(Number(label) - 1) : null;
  if (/^[B-Z]$/.test(label) && !/^(?:I|V)$/.test(label)) return String.fromCharCode(label.charCodeAt(0) - 1);
  return null;
}

/** A part of the document: its letter or number, heading and blocks; `appendix` for "Bijlage 2 Jaarschijf 2026". */
interface Part {
  label: string;
  blocks: Block[];
  heading: string;
  appendix?: boolean;
}

function splitParts(blocks: readonly Block[]): Part[] {
  const parts: Part[] = [{ label: '', blocks: [], heading: '' }];
  for (const b of blocks) {
    // "## Deel 1 – Meerjarige afspraken": a Markdown heading's marks are no part of it.
    const line = b.text.replace(/\*+/g, '').replace(/^#{1,6}\s+/, '').trim();
    // "Bijlage 2 Jaarschijf 2026": an appendix that is the year's part.
    const m = b.cells ? null : (PART_HEADING.exec(line) ?? (matchPartHeading(line) === 'jaarafspraak' ? APPENDIX_PART.exec(line) : null));
    if (m) {
      const label = m[1]!.toUpperCase();
      // "Deel A … Deel B" listed on the cover, then the parts themselves: the listing was no part.
      const seen = parts.findIndex((p) => p.label === label);
      if (seen >= 0) parts.splice(seen);
      parts.push({ label, blocks: [], heading: b.text, appendix: APPENDIX_PART.test(line) });
    }
    else parts[parts.length - 1]!.blocks.push(b);
  }
  const first = parts[0]!;
  // The main text before "Bijlage 1 Jaarschijf 2026" is a part of its own, whatever the appendix's number.
  if (first.label === '') first.label = (parts[1] && (previousLabel(parts[1].label) ?? (parts[1].appendix ? '0' : null))) ?? '';
  return parts.filter((p) => p.label !== '');
}

/** Reads each part on its own; null when the document has fewer than two parts with agreements. */
export function readParts(blocks: readonly Block[], ctx: ReadContext): PartReading | null {
  const parts = splitParts(blocks)
    .map((p) => ({ ...p, choice: chooseLayout(p.blocks) }))
    .filter((p) => p.choice !== null)
    .map((p) => ({ ...p, raws: p.choice!.layout.read(p.blocks, ctx) }))
    .filter((p) => p.raws.length > 0);
  if (parts.length < 2 || new Set(parts.map((p) => p.label)).size < parts.length) return null;
  // "Deel A – Meerjarige afspraken", "Deel B – Jaarschijf 2026": the kind of each part's agreements.
  for (const p of parts) {
    const kind = matchPartHeading(p.heading);
    if (kind) for (const r of p.raws) r.kind ??= kind;
  }
  // The main text before a year's appendix ("Bijlage 2 Jaarschijf 2026") is the multi-year part.
  if (!parts[0]!.heading) mainTextMultiYear(parts.flatMap((p) => p.raws), (r) => parts[0]!.raws.includes(r));
  const labels = parts.flatMap((p) => p.raws.map((r) => r.label));
  // An appendix repeats the main text's numbers ("1.1" and its 2026 result): they stay as printed, made unique later.
  const prefixed = new Set(labels).size < labels.length && !parts.some((p) => p.appendix);
  if (prefixed) for (const p of parts) for (const r of p.raws) if (!r.label.startsWith(p.label)) r.label = `${p.label}${r.label}`;
  // The layout of the largest part names the document's layout.
  const main = parts.reduce((a, b) => (b.raws.length > a.raws.length ? b : a));
  const raws = parts.flatMap((p) => p.raws);
  // A year's part that repeats the numbers of another stands under their chapters.
  themesFromNumbers(raws);
  // A part without chapters ("Bijlage 1  Jaarschijf 2026" / "1. …"): its title is the agreements' theme.
  for (const p of parts) {
    const title = p.heading.replace(/\*+/g, '').replace(/^\s*(?:deel|onderdeel|bijlage)\s+\S+\s*[:.–—-]?\s*/i, '').trim();
    if (title) for (const r of p.raws) if (!r.chapterTitle) r.chapterTitle = /^[^a-z]+$/.test(title) ? title.charAt(0) + title.slice(1).toLowerCase() : title;
  }
  return { choice: main.choice!, raws, kinds: !prefixed && new Set(parts.map((p) => matchPartHeading(p.heading)).filter(Boolean)).size >= 2 };
}
