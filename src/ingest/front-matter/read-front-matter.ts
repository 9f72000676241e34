/**
 * Runs the front-matter detectors before any layout: running headers and footers, the table of contents, the
 * signature block and the cover are cut from the body; title, municipality, period and parties are read.
 */
import { rebuildFlatTables } from '../flat-tables.js';
import type { ExtractedParty } from '../../core/agreement.js';
import { matchDotted, matchLabelHeading } from '../agreement-labels.js';
import { singleCell, type Block } from '../blocks.js';
import { isHeadingLike, matchChapterHeading, matchKindHeading } from '../headings.js';
import { PARA_RE } from '../layouts/numbered-paragraphs.js';
import { findAuthor } from './author.js';
import { findContents } from './contents.js';
import { findMunicipality } from './municipality.js';
import { extractParties } from './parties.js';
import { findPeriod, type Period } from './period.js';
import { findRunningLines } from './running-lines.js';
import { findSideSections } from './side-sections.js';
import { findSignatures } from './signatures.js';
import { readAbbreviations } from './abbreviations.js';
import { ACTION_YEAR, findTitle } from './title.js';
import { afterMailHeader } from './covering-mail.js';
import { proposalAppendix } from './council-appendix.js';

/**
 * "Kernafspraken 2026-2029 en werkafspraken 2026" on the cover: the work agreements are this year's actions. Not a
 * title of its own, as "Actieprogramma 2026" is.
 */
const WORK_YEAR = /\bwerkafspraken\s+((?:19|20)\d{2})\b(?!\s*[-–])/i;

export interface FrontMatterOptions {
  sourceName: string;
  /** Given by the user (--municipality, --title); wins over what the document says. */
  municipality?: string;
  title?: string;
}

export interface FrontMatter {
  municipality: string | null;
  /** Null when no line reads as a title and none was given. */
  title: string | null;
  period: Period;
  actionYear: number | null;
  parties: ExtractedParty[];
  /** The party that writes as "wij" (a corporation's bid), if the document is one party's. */
  author: ExtractedParty | null;
  /** The blocks that may hold agreements, running headers taken out of their text. */
  body: Block[];
  tocTitles: Map<string, string>;
  /** The document's own list of abbreviations ("HST  Havensteder"). */
  abbreviations: Array<{ short: string; long: string }>;
}

/** A block where the body clearly begins: structure, a table, or a sentence. */
function startsBody(b: Block, next: Block | undefined): boolean {
  if (b.cells || b.text.length > 150 || b.level >= 2) return true;
  // A sentence wrapped over lines (PDF): a long line that runs on into the next.
  const words = b.text.split(/\s+/).length;
  if (words >= 10) return true;
  if (words >= 8 && !b.blankAfter && (/\s(?:en|de|het|van|met|voor|tussen|een|op|in|aan)$/i.test(b.text) || (!!next && /^\p{Ll}/u.test(next.text)))) return true;
  const t = b.text;
  if (matchChapterHeading(t) || matchKindHeading(t) || matchLabelHeading(t) || matchDotted(t) || PARA_RE.test(t) || /^[•●▪*–-]\s/.test(t)) return true;
  return /[.!?]$/.test(t) && t.split(/\s+/).length >= 6;
}

/** The cover: short lines (title, date, logos) before the body; a heading just above the first sentence stays. */
function coverEnd(blocks: readonly Block[]): number {
  const start = blocks.findIndex((b, i) => startsBody(b, blocks[i + 1]));
  if (start <= 0) return Math.max(start, 0);
  const before = blocks[start - 1]!;
  return start > 1 && before.blankBefore && isHeadingLike(before.text) ? start - 1 : start;
}

/** The opening lines up to the first sentence: a range there is the title's, a range in a sentence may be anything. */
function coverLines(head: readonly string[]): string[] {
  const end = head.findIndex((l) => l.length > 90 || /^\p{Ll}/u.test(l) || /[.;]$/.test(l));
  return end < 0 ? [...head] : head.slice(0, end);
}

export function readFrontMatter(lines: readonly string[], blocks: readonly Block[], opts: FrontMatterOptions): FrontMatter {
  // A council proposal with the agreements appended: the appendix is read as the document, in the proposal's municipality.
  const appendix = proposalAppendix(blocks);
  if (appendix) {
    const own = readFrontMatter(lines.slice(0, appendix[0]!.index), blocks.slice(0, blocks.length - appendix.length), opts);
    return readFrontMatter(lines.slice(appendix[0]!.index), appendix, { ...opts, municipality: opts.municipality ?? own.municipality ?? undefined });
  }
  const running = findRunningLines(blocks);
  const contents = findContents(blocks);
  const signatures = findSignatures(blocks);
  const kept = rebuildFlatTables(
    blocks
      .filter((b) => !running.drop.has(b.index) && !contents.drop.has(b.index) && !signatures.drop.has(b.index))
      .map((b) => (b.cells ? b : { ...b, text: running.clean(b.text) }))
      .filter((b) => b.text.trim()),
  );
  const side = findSideSections(kept, contents.titles);
  // A spreadsheet's title row ("Prestatieafspraken Beverwijk 2026" followed by empty cells) is a line of the head.
  const opening = kept
    .map((b) => (b.cells ? singleCell(b) : b.text))
    .filter((t): t is string => t !== null)
    .map((t) => t.replace(/\*+/g, '').trim());
  const head = opening.slice(0, 12);
  const fullText = lines.join('\n');
  const municipality = opts.municipality?.trim() || findMunicipality(head, fullText);
  // An e-mail with the document below it: the title is the document's, after the mail's text and signature.
  const mailed = afterMailHeader(opening);
  const title = opts.title?.trim() || findTitle(head, municipality ?? '') || (mailed && findTitle(mailed, municipality ?? ''));
  const action = ACTION_YEAR.exec(head.join('\n').slice(0, 1500)) ?? ACTION_YEAR.exec(opts.sourceName.replace(/[-_]+/g, ' ')) ?? WORK_YEAR.exec(head.join('\n').slice(0, 1500));
  const abbreviations = readAbbreviations(lines);
  const parties = extractParties({ text: fullText, lines, blocks: kept, head, municipality: municipality ?? '', signatories: signatures.signatories, abbreviations });
  return {
    municipality,
    title,
    period: findPeriod(title ?? head[0] ?? '', coverLines(head), fullText),
    actionYear: action ? Number(action[1]) : null,
    parties,
    author: findAuthor(head, fullText, parties),
    body: kept.slice(coverEnd(kept)).filter((b) => !side.has(b.index)),
    tocTitles: contents.titles,
    abbreviations,
  };
}
