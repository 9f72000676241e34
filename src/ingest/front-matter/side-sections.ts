/**
 * Sections around the agreements: inleiding, voorwoord, leeswijzer, visie, begrippen, bijlagen, ondertekening.
 * A numbered or bulleted list in them (the parties, a reading guide) is not an agreement, so their blocks are cut
 * before any layout counts numbers. A section ends at the next heading of the same or a higher rank.
 */
import { matchDotted, matchLabelHeading } from '../agreement-labels.js';
import type { Block } from '../blocks.js';
import { isHeadingLike, matchChapterHeading, matchKindHeading, matchPartHeading, READING_GUIDE_QUESTION } from '../headings.js';
import { matchTableHeader } from '../table-columns.js';
import { isNavigationLink } from './navigation.js';

const SIDE_SECTION =
  /^(?:(?:hoofdstuk\s+|artikel\s+)?\d{1,2}[.)]?\s+|deel\s+(?:\d{1,2}|[A-Z]|I{1,3}|IV|V)\s*[:.–-]?\s*)?(?:begripsbepalingen|definities|doel\s+en\s+looptijd|looptijd\s+en\s+(?:doel|evaluatie|wijziging)|slotbepalingen|inwerkingtreding(?:\s+en\s+citeertitel)?|citeertitel|geschillen(?:regeling)?|inleiding|voorwoord|leeswijzer|aanleiding|totstandkoming|(?:onze\s+)?(?:gezamenlijke\s+)?visie|colofon|begrippen(?:lijst)?|afkortingen(?:lijst)?|verklarende\s+woordenlijst|bijlagen?(?:\s+[\dA-Z]{1,3}\b.*|\s*[:–-]\s+\S.*)?|ondertekening|handtekeningen|partijen|de\s+partijen|(?:de\s+)?ondergetekenden|(?:en\s+)?overwegende(?:\s+dat)?|considerans|looptijd|samenvatting|verantwoording|over\s+dit\s+document|doel\s+van\s+dit\s+document|wie\s+(?:maken|maakten|hebben|sluiten|sloten|tekenen|ondertekenen|zijn)\b[^.]{0,50}\?)\s*[.:]?$/i;

/** "Hoe werkt deze lijst?": a reading guide put as a question. */
const READING_GUIDE = new RegExp(String.raw`^${READING_GUIDE_QUESTION}$`, 'i');

/** How high a heading stands: 1 for chapters, deeper for sub-headings; 0 when the block is no heading. */
function rank(b: Block, toc: ReadonlyMap<string, string>, next?: Block): number {
  if (b.cells) return 0;
  if (b.level > 0) return b.level;
  const t = b.text.replace(/\*+/g, '').trim();
  if (matchChapterHeading(t)) return 1;
  // "De ondergetekenden:" and "overwegende dat" open a contract's recitals, at the top.
  if (/^(?:de\s+)?ondergetekenden\s*:?$|^(?:en\s+)?overwegende(?:\s+dat)?\s*:?$/i.test(t)) return 1;
  // "Bijlage 1   Monitor: resultaten 2025": an appendix stands at the top, whatever its title holds.
  // "Bijlage: woningvoorraad per wijk" too.
  if (/^bijlage(?:\s+[\dA-Z]{1,3}\b|\s*[:–-]\s+\S)/i.test(t) && t.length <= 100 && !/[.;]$/.test(t)) return 1;
  // "Deel 1  Visie": a part stands above the chapters and paragraphs in it.
  if (/^deel\s+(?:\d{1,2}|[A-Z]|I{1,3}|IV|V)\b/i.test(t) && t.length <= 80 && !/[.;]$/.test(t)) return 1;
  const plain = /^\d{1,2}[.)]?\s+(\p{Lu}.*)$/u.exec(t);
  // "1 Kernafspraken 2026-2029": the years a chapter's title ends in leave it a heading.
  const named = plain?.[1]!.replace(/\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$/, '');
  // "1. Voldoende woningen" right above its table's header row heads that table.
  const aboveTable = next?.cells != null && matchTableHeader(next.cells) !== null;
  if (plain && named && isHeadingLike(named) && (b.blankAfter || aboveTable || toc.has(plain[1]!.toLowerCase()))) return 1;
  if (matchDotted(t) && t.length < 80) return 2;
  if (b.blankBefore && b.blankAfter && isHeadingLike(t)) return 3;
  return 0;
}

const RECITALS = /^(?:de\s+)?ondergetekenden|^(?:en\s+)?overwegende|^considerans/i;
/** "komen het volgende overeen.", "spreken het volgende af:": the recitals are over, the agreements follow. */
const RECITALS_END = /^(?:\S+\s+){0,4}(?:komen|kwamen)\s+(?:het\s+)?(?:volgende\s+)?overeen\b|^(?:\S+\s+){0,4}spreken\s+(?:het\s+)?volgende\s+af\b/i;

/** An appendix that lists the agreements themselves. */
const AGREEMENT_LIST = /^bijlage(?:\s+[\dA-Z]{1,3}\b)?\s*[:.–-]?\s*(?:afsprakenlijst|lijst\s+(?:van\s+)?(?:de\s+)?afspraken|actielijst)\s*$/i;

/** An appendix that looks back ("Bijlage 1 Stand van zaken afspraken 2022-2025", "Monitor: resultaten 2025"). */
const LOOK_BACK = /^bijlage.*(?:stand\s+van\s+zaken|monitor|resultaten|realisatie|evaluatie|terugblik|voortgang|behaald|vorige\s+periode)/i;

/**
 * Blocks in side sections; agreement headings and agreement tables always end such a section, except in an
 * appendix that reports on earlier years: its table of results ("Nr. | Afspraak 2022-2025 | Resultaat") holds none.
 */
export function findSideSections(blocks: readonly Block[], toc: ReadonlyMap<string, string>): Set<number> {
  const drop = regionalPart(blocks, toc);
  let skipping = 0;
  let lookBack = false;
  /** A contract's recitals ("De ondergetekenden:", "overwegende dat"): they end at "komen het volgende overeen" or any heading. */
  let recitals = false;
  for (const [i, b] of blocks.entries()) {
    // Breadcrumbs and contents links are navigation, wherever they stand.
    if (!b.cells && isNavigationLink(b.text)) drop.add(b.index);
    const r = rank(b, toc, blocks[i + 1]);
    const t = b.text.replace(/\*+/g, '').trim();
    const table = b.cells !== null && matchTableHeader(b.cells) !== null;
    const structural = matchLabelHeading(t) || matchKindHeading(t) || (table && !lookBack);
    if (skipping && recitals && RECITALS_END.test(t)) {
      drop.add(b.index);
      skipping = 0;
      continue;
    }
    // "Bijlage 2 Jaarschijf 2026": an appendix that is the year's part holds agreements.
    // "Bijlage 1 Afsprakenlijst": an appendix that is the list of agreements holds them, with its part headings.
    const side = (SIDE_SECTION.test(t) || READING_GUIDE.test(t)) && matchPartHeading(t) !== 'jaarafspraak' && !AGREEMENT_LIST.test(t);
    if (skipping && (structural || (r > 0 && (r <= skipping || recitals) && !side))) skipping = 0;
    // A side section starts a skip; one of higher rank inside it ("Inleiding" then "Deel 1  Visie") goes on to that
    // rank's end.
    if (r > 0 && side && (!skipping || r < skipping)) {
      skipping = r;
      lookBack = LOOK_BACK.test(t.replace(/\s+/g, ' '));
      recitals = RECITALS.test(t);
    }
    if (skipping) drop.add(b.index);
  }
  return drop;
}

/** "Deel B – Lokale uitwerking Borne", "Lokale afspraken Borne": the municipality's own part of a regional document. */
const LOCAL_PART = /^(?:deel\s+[A-Z\d]{1,3}\b\s*[–:.-]?\s*)?(?:lokale?|lokaal)\b/i;
/** "Deel A – Twentse woonafspraken", "Regionale afspraken": a part above it, for every municipality of the region. */
const GENERAL_PART = /^deel\s+[A-Z\d]{1,3}\b|\bregio(?:naal|nale)?\b/i;

/**
 * A regional document with a local part ("Deel A – Twentse woonafspraken" for all fourteen municipalities, then
 * "Deel B – Lokale uitwerking Borne"): the agreements of this municipality are the local part's; the regional
 * part above it, at the same rank, is context.
 */
function regionalPart(blocks: readonly Block[], toc: ReadonlyMap<string, string>): Set<number> {
  const drop = new Set<number>();
  const local = blocks.findIndex((b) => rank(b, toc) > 0 && LOCAL_PART.test(b.text.replace(/\*+/g, '').trim()));
  if (local < 0) return drop;
  const level = rank(blocks[local]!, toc);
  let start = -1;
  for (let i = local - 1; i >= 0; i--) {
    const r = rank(blocks[i]!, toc);
    if (r > 0 && r < level) break;
    if (r === level && GENERAL_PART.test(blocks[i]!.text.replace(/\*+/g, '').trim())) start = i;
  }
  // The local part's own heading goes too: its sub-headings are the themes.
  if (start >= 0) for (let i = start; i <= local; i++) drop.add(blocks[i]!.index);
  return drop;
}
