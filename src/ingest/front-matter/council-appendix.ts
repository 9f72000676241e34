/**
 * A council or college proposal ("Raadsvoorstel") that carries the agreements as an appendix ("Bijlage 1
 * Prestatieafspraken 2026"): the proposal's decision points and arguments are numbered too, but only the
 * appendix holds agreements, so the appendix is the document.
 */
import type { Block } from '../blocks.js';

/** What a covering decision document calls itself in its opening lines. */
const PROPOSAL = /^(?:raads|college|b\s*&\s*w-?)(?:voorstel|besluit|informatiebrief|advies)\b|^voorstel\s+aan\s+(?:de\s+)?(?:raad|het\s+college)\b/i;
/** "BIJLAGE 1  PRESTATIEAFSPRAKEN 2026", "Bijlage 2: Prestatieafspraken Lindewaard 2027": the appended document's own heading. */
const APPENDIX = /^bijlage\s+\d{1,2}\s*[:.–-]?\s+(\S.*afspraken.*)$/i;
/** How far into the document the proposal must name itself. */
const HEAD_REACH = 8;

/** Title case for a heading set in capitals ("PRESTATIEAFSPRAKEN 2026" → "Prestatieafspraken 2026"). */
const sentenceCase = (s: string) => (s === s.toUpperCase() ? s.charAt(0) + s.slice(1).toLowerCase() : s);

/**
 * The appendix of a proposal, its heading replaced by the appended document's title; null when the document is
 * no proposal or carries no appendix of agreements.
 */
export function proposalAppendix(blocks: readonly Block[]): Block[] | null {
  if (!blocks.slice(0, HEAD_REACH).some((b) => !b.cells && PROPOSAL.test(b.text.replace(/[*_]/g, '').trim()))) return null;
  // The last such heading: the list of appendices above it ("Bijlagen" – "1. Prestatieafspraken 2026") is no heading.
  const at = blocks.findLastIndex((b) => !b.cells && b.text.length <= 100 && APPENDIX.test(b.text.replace(/[*_]/g, '').trim()));
  if (at < 0) return null;
  const heading = blocks[at]!;
  const title = sentenceCase(APPENDIX.exec(heading.text.replace(/[*_]/g, '').trim())![1]!.replace(/\s+/g, ' ').trim());
  return [{ ...heading, raw: title, text: title, level: Math.max(heading.level, 1) }, ...blocks.slice(at + 1)];
}
