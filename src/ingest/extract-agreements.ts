/** Turns the plain text of a performance-agreements document into an ExtractedDocument. */
import type { ExtractedAgreement, ExtractedDocument, ExtractedParty } from '../core/agreement.js';
import { IngestError } from '../core/errors.js';
import { deriveTitle } from './agreement-title.js';
import { toBlocks, toLines } from './blocks.js';
import { collectWarnings } from './document-warnings.js';
import { extractTargets } from './extract-targets.js';
import { PartyList } from './front-matter/party-list.js';
import { readFrontMatter, type FrontMatter } from './front-matter/read-front-matter.js';
import { flatten, joinHyphenated } from './html-text.js';
import type { RawAgreement } from './layouts/raw-agreement.js';
import { readParts } from './layouts/document-parts.js';
import { chooseLayout } from './layouts/registry.js';
import { agreedParagraphs, inferResponsibleFromText, namesOnly } from './infer-responsible.js';
import { legendExpander, speakerParty } from './speakers-and-legends.js';
import { fillEmptyChapters } from './layouts/chapter-fill.js';
import { expandPartyColumns } from './party-columns.js';
import { expandPartyTaskRows } from './party-task-rows.js';
import { splitInlineNumberedItems } from './inline-numbered-items.js';
import { ResponsibleNames, resolveResponsibleColumn, shortName, unknownOrganisations } from './responsible-parties.js';
import { ingestTexts } from './texts.js';
import { splitTrailingWho } from './leading-who.js';
import { makeNumbersUnique } from './unique-numbers.js';

export interface ExtractOptions {
  sourceName: string;
  /** Overrides what the document says (`ingest --municipality`). */
  municipality?: string;
  /** Overrides the title found on the cover (`ingest --title`). */
  title?: string;
}

/** Names that may follow a title without punctuation: parties, their aliases and the municipality. */
function knownNames(parties: readonly ExtractedParty[], municipality: string): string[] {
  const names = parties.flatMap((p) => [p.name, ...p.aliases]);
  if (municipality) names.push(municipality);
  return names;
}

/** Joins text lines; a word hyphenated over a line break ("investe-" / "ringscapaciteit") is whole again. */
function joinParts(parts: readonly string[]): string {
  return joinHyphenated(parts.map(flatten).filter(Boolean).join(' '));
}

/** A responsible cell wrapped over table rows ("Peelrand, Kanaalzone" / "Wonen") is one text again. */
function responsibleTexts(raw: RawAgreement): string[] {
  if (raw.layout !== 'table') return raw.responsible;
  // Paragraphs inside one cell separate names ("<p>Huurdersvereniging</p> <p>Corporaties</p>"), unless a line
  // breaks off mid-name ("Stichting" / "Wold Wonen") or mid-list ("Reestdal en").
  const cells = raw.responsible.map((c) => c.replace(/([^\n]+)\n(?=\p{Lu})/gu, (m, line: string) => (/(?:,|\ben|&|\/|\bstichting|\bvereniging)\s*$/iu.test(line) ? `${line} ` : `${line}, `)));
  return [cells.join(' ')];
}

/** What every agreement of a document is read against. */
interface DocumentContext {
  parties: readonly ExtractedParty[];
  names: readonly string[];
  actionYear: number | null;
  /** The party that writes as "wij" (a corporation's bid), if any. */
  author: ExtractedParty | null;
  /** Spells out the short forms of the document's legend in a responsible cell. */
  expandLegend: (cell: string) => string;
}

function toAgreement(raw: RawAgreement, { parties, names, actionYear, author, expandLegend }: DocumentContext): ExtractedAgreement {
  const multiYearText = joinParts(raw.multi);
  // Rows of a table split over lines keep their line breaks, so a title line of its own is still seen.
  const titleSource = joinHyphenated(raw.layout === 'table' && raw.titleMode === 'paragraph' ? raw.multi.join('\n') : raw.multi.join(' '));
  // "• Triada + gemeente: samen een woonproject …": the names before the colon say who, not what.
  const titleParties = raw.headingTitle && raw.layout === 'bullets' ? namesOnly(flatten(raw.headingTitle), parties) : null;
  // "S1  Vestingfonds (gemeente en Merwehoven)": the parties in brackets after the title say who, not what, when no
  // column or label does ("Nieuwbouw (Lefier)" from a column per corporation keeps its name).
  const titleWho = raw.headingTitle && !titleParties && raw.responsible.length === 0 ? splitTrailingWho(flatten(raw.headingTitle), (item) => resolveResponsibleColumn(item, parties).length > 0) : null;
  const headingTitle = titleParties ? null : (titleWho?.title ?? raw.headingTitle);
  // "2. **Zonnepanelen**": Markdown emphasis around a heading is no part of its title.
  const title = headingTitle
    ? flatten(headingTitle).trim().replace(/^(\*\*|__|\*|_)(.+)\1$/, '$2').trim().replace(/[.:;]$/, '')
    : deriveTitle(raw.titleMode === 'table' ? raw.multi.join(' ') : titleSource || raw.lead, names, raw.titleMode);
  let yearText = joinParts(raw.year);
  // Single-text action programmes: the paragraph (or the only text column) is this year's text as well.
  if (!yearText && actionYear !== null && raw.singleText) yearText = multiYearText;
  const responsibleNames = ResponsibleNames.of(parties);
  const cells = titleWho ? [...responsibleTexts(raw), titleWho.who] : responsibleTexts(raw);
  const fromColumn = responsibleNames.order(cells.flatMap((r) => resolveResponsibleColumn(expandLegend(r), parties)));
  // "In 2026 worden 260 woningen opgeleverd:" above "180 door deltaWonen …": the lead-in is part of the sentence.
  // A label ("Transformatie: de gemeente zoekt …") is not.
  const leadIn = headingTitle && headingTitle.trim().split(/\s+/).length >= 4 && raw.original.join(' ').includes(`${headingTitle.trim()}:`) ? `${flatten(headingTitle)} ` : '';
  // Under "Mercatus zegt toe:" the text's "we" is Mercatus, and a commitment that names no one is Mercatus's.
  const speaker = raw.speaker ? speakerParty(raw.speaker, parties) : null;
  const agreed = agreedParagraphs(raw.multi);
  const written = agreed ? joinParts(agreed) : leadIn + (multiYearText || yearText);
  const inferred = fromColumn.length > 0 ? fromColumn : titleParties ? titleParties : inferResponsibleFromText(written, parties, speaker ?? author);
  const responsible = inferred.length === 0 && speaker ? responsibleNames.order([shortName(speaker)]) : inferred;
  const agreement: ExtractedAgreement = {
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
  if (raw.tables.length) agreement.tables = raw.tables;
  return agreement;
}

/** Organisations named only in "Trekker:" lines or responsible columns join the document's parties. */
function addResponsibleOrganisations(raws: readonly RawAgreement[], front: FrontMatter): ExtractedParty[] {
  const list = new PartyList(front.municipality ?? '');
  for (const p of front.parties) list.add(p.name, p.kind, p.aliases);
  for (const raw of raws) {
    for (const cell of responsibleTexts(raw)) {
      for (const name of unknownOrganisations(cell, list.items)) {
        // "HST" in a trekker column, "HST  Havensteder" among the abbreviations: the party is Havensteder.
        const long = front.abbreviations.find((a) => a.short === name && /^\p{Lu}/u.test(a.long) && a.long.split(/\s+/).length <= 6)?.long;
        // "Bewonersraad" in a Wie column, "Bewonersraad Arnestein" the one party of that type: the type word is its short form.
        const ofType = /\s/.test(name) ? [] : list.items.filter((p) => p.name.split(/\s+/)[0]!.toLowerCase() === name.toLowerCase());
        if (!long && ofType.length === 1) list.add(ofType[0]!.name, null, [name]);
        else list.add(long ?? name, null, long ? [name] : []);
      }
    }
  }
  return list.finish();
}

/** What the rules made of a document, with the layout they recognised (null: none). */
export interface RuleExtraction {
  document: ExtractedDocument;
  layout: string | null;
  numbered: boolean;
}

/** The document's front matter and body blocks, read once whichever way the agreements are found. */
export function readFacts(text: string, opts: ExtractOptions): FrontMatter {
  const lines = toLines(text);
  return readFrontMatter(lines, toBlocks(lines), opts);
}

/** Title, numbering and missing-party warnings, and the document around the agreements. */
export function assembleDocument(front: FrontMatter & { municipality: string }, parties: ExtractedParty[], agreements: ExtractedAgreement[], numbered: boolean, extra: string[] = []): ExtractedDocument {
  const warnings: string[] = [];
  const title = front.title ?? fallbackTitle(front);
  if (!front.title) warnings.push(ingestTexts.noTitle(title));
  warnings.push(...extra);
  const themeIndex = new Map<string, number>();
  warnings.push(
    ...makeNumbersUnique(agreements, (a) => {
      if (a.chapterNumber !== null) return String(a.chapterNumber);
      if (!a.chapterTitle) return null;
      if (!themeIndex.has(a.chapterTitle)) themeIndex.set(a.chapterTitle, themeIndex.size + 1);
      return String(themeIndex.get(a.chapterTitle));
    }),
  );
  warnings.push(...collectWarnings(agreements, numbered));
  return { municipality: front.municipality, title, period: front.period, actionYear: front.actionYear, parties, agreements, warnings };
}

/**
 * Reads a document with the rules only: front matter, then the layout that recognises the body best.
 * Throws IngestError when no municipality is known or no agreements are found.
 */
export function extractWithRules(text: string, opts: ExtractOptions, facts?: FrontMatter): RuleExtraction {
  const front = facts ?? readFacts(text, opts);
  const municipality = front.municipality;
  if (!municipality) throw new IngestError(opts.sourceName, ingestTexts.noMunicipality);
  const ctx = { tocTitles: front.tocTitles };
  // A column per party ("Onderwerp | Lefier | Groninger Huis"): each filled cell is that party's agreement.
  // "Afspraak | Gemeente | Tjongerwerf": each row is one agreement, its parties with a task responsible.
  // "Daarom spreken we af: (1) …; (2) …": the items of an inline list are numbered paragraphs.
  const body = splitInlineNumberedItems(expandPartyColumns(expandPartyTaskRows(front.body, front.parties), front.parties));
  const single = chooseLayout(body);
  const singleRaws = single ? fillEmptyChapters(body, single.layout.read(body, ctx), ctx) : [];
  // A document in parts ("Deel A", "Deel B") may lay out each part differently; take the reading that finds more.
  const parts = readParts(body, ctx);
  // As many either way: the reading by parts wins when its parts say their kinds.
  const useParts = parts !== null && (parts.raws.length > singleRaws.length || (parts.kinds && parts.raws.length === singleRaws.length));
  const choice = useParts ? parts.choice : single;
  const raws = useParts ? parts.raws : singleRaws;
  if (!choice || raws.length === 0) throw new IngestError(opts.sourceName, ingestTexts.noAgreements);
  const parties = addResponsibleOrganisations(raws, front);
  const names = knownNames(parties, municipality);
  const author = front.author ? (parties.find((p) => p.name === front.author!.name) ?? null) : null;
  const doc: DocumentContext = { parties, names, actionYear: front.actionYear, author, expandLegend: legendExpander(front.abbreviations) };
  const agreements = raws.map((r) => toAgreement(r, doc));
  const { name } = choice.layout;
  // A list whose items open with their printed numbers ("• 1.1 …") is numbered, whatever its layout.
  const numbered = choice.layout.numbered || raws.every((r, i) => r.label !== String(i + 1)) || raws.every((r) => r.printed);
  const extra = numbered ? [] : [ingestTexts.unnumbered(agreements.length, ingestTexts.layoutNames[name] ?? name)];
  return { document: assembleDocument({ ...front, municipality }, parties, agreements, numbered, extra), layout: name, numbered };
}

function fallbackTitle(front: FrontMatter): string {
  const { from, to } = front.period;
  const years = from && to ? (from === to ? ` ${from}` : ` ${from}-${to}`) : '';
  return `Prestatieafspraken ${front.municipality}${years}`;
}

/** Extracts document facts, parties and agreements; throws IngestError without a municipality or agreements. */
export function extractDocument(text: string, opts: ExtractOptions): ExtractedDocument {
  return extractWithRules(text, opts).document;
}
