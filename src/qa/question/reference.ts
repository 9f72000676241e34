import { AGREEMENT_NUMBER_SOURCE, NUMBER_KEYWORD_SOURCE, parseAgreementNumber, THEME_CODE_SOURCE, YEAR_CODE_SOURCE } from '../../core/agreement.js';
import { normaliseText } from '../analysis/normalise.js';

/** One field of an agreement a question may ask for. */
export type AgreementField = 'responsible' | 'period' | 'title' | 'theme' | 'text';

/** An agreement number typed in the question, with how sure we are that it means an agreement. */
export interface NumberMention {
  number: string;
  /** Said as an agreement ("afspraak 6", "Almelo 12", "12 van Almelo"), not just a number that fits. */
  explicit: boolean;
  /** Characters [start, end) of the mention in the question, keyword included. */
  start: number;
  end: number;
}

const NUM = AGREEMENT_NUMBER_SOURCE;
/** The ingest side's keywords, and words only a question uses: "punt 2", "artikel 4", "de afspraken 3 en 4". */
const KEYWORD = String.raw`(?:afspraken|prestatieafspraak|punt|artikel|paragraaf|${NUMBER_KEYWORD_SOURCE})`;
/** A printed code that is a reference wherever it stands: "BW26-03", "C.IV", "BES-4". */
const CODE = new RegExp(String.raw`^(?:${YEAR_CODE_SOURCE}|[A-Z]\.[IVX]+|${THEME_CODE_SOURCE})$`, 'i');
// Compiled once: a question is analysed on every search.
const YEAR_CODE_MENTION = new RegExp(String.raw`\b(${YEAR_CODE_SOURCE})(?![\d-])`, 'g');
const THEME_CODE_MENTION = new RegExp(String.raw`\b(${THEME_CODE_SOURCE})(?![\d-])`, 'g');
const KEYWORD_MENTION = new RegExp(String.raw`\b${KEYWORD}\s*(${NUM})(?![\d%.,]*\s*(?:%|procent|woningen|keer|jaar|euro))\b`, 'gi');
const AFTER_MUNICIPALITY = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:${KEYWORD}\s*)?(${NUM})(?=\s*[?.!,]?\s*$|\s*[:,]|\s+[–—-]\s|\s+(?:wie|wat|welke|waar|waarover|hoe|wanneer|trekker|regie|thema|periode|titel)\b|\s+(?:in|over|op|precies|eigenlijk|dan|nu)\s*[?.!]?\s*$)`,
  'i',
);
const BEFORE_MUNICIPALITY = new RegExp(String.raw`(?:^|\s)(${NUM})\s+(?:van|in|uit|bij|voor)\s+(?:de\s+|het\s+)?(?:gemeente\s+)?$`, 'i');
const GLUED_BEFORE_MUNICIPALITY = new RegExp(String.raw`(?:^|\s)(${NUM})\s+$`, 'i');

/**
 * Agreement numbers in a question: after a keyword ("afspraak 6", "punt 2.2"), right after or before a
 * municipality ("Almelo 12", "12 van Almelo"; given as character ranges), or a dotted number ("2.2").
 * Years and amounts ("22 woningen", "30%") are not numbers of agreements.
 */
const CARDINALS = 'twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig'.split(' ');
const NUMBER_WORD_MENTION = new RegExp(String.raw`\b(?:afspraak|actie|punt|maatregel|prestatie|nummer|nr\.?)\s+(${CARDINALS.join('|')})\b(?!\s+(?:woningen|keer|jaar|procent|euro|huishoudens|partijen|corporaties))`, 'gi');
const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];

export function findNumberMentions(question: string, municipalityRanges: Array<{ start: number; end: number }>): NumberMention[] {
  const out: NumberMention[] = [];
  const push = (raw: string, start: number, end: number, explicit: boolean) => {
    // A letter prefix is a capital glued to the number ("A3", "B 2"); "in 2.2" is the word "in".
    const code = CODE.test(raw);
    const bare = !code && (/^[a-z]/.test(raw) || /^[A-Za-z]{2}\s/.test(raw)) ? raw.replace(/^[A-Za-z]+\s*-?\s*/, '') : raw;
    const number = parseAgreementNumber(bare.replace(/\s+/g, ''));
    if (!number || out.some((o) => start < o.end && o.start < end)) return;
    out.push({ number, explicit, start, end });
  };
  // "thema 3 afspraak 2", "hoofdstuk 2, actie 4": numbering that restarts per chapter is stored as "3.2".
  for (const m of question.matchAll(/\b(?:thema|hoofdstuk|paragraaf)\s+(\d{1,2})\s*,?\s*(?:afspraak|actie|punt|nr\.?|nummer)\s*(\d{1,3})\b/gi)) {
    push(`${m[1]}.${m[2]}`, m.index, m.index + m[0].length, true);
  }
  // "BW26-03", "DU-2026-1": a code of theme, year and number is a reference wherever it stands.
  for (const m of question.matchAll(YEAR_CODE_MENTION)) push(m[1]!, m.index, m.index + m[0].length, true);
  // "BES-4", "LEEF-2": a theme's code in capitals and the number, as a code printed in the document.
  for (const m of question.matchAll(THEME_CODE_MENTION)) push(m[1]!, m.index, m.index + m[0].length, true);
  // "de derde afspraak onder Betaalbaarheid": the third of a chapter, found by its place there.
  for (const m of question.matchAll(/\b(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+(?:afspraak|actie|punt)\b/gi)) {
    push(String(ORDINALS.indexOf(m[1]!.toLowerCase()) + 1), m.index, m.index + m[0].length, true);
  }
  // "afspraak drie", "actie twaalf": a number written as a word ("een" is the article, so it is left out).
  for (const m of question.matchAll(NUMBER_WORD_MENTION)) {
    push(String(CARDINALS.indexOf(m[1]!.toLowerCase()) + 2), m.index, m.index + m[0].length, true);
  }
  // "artikel 4 lid 2", "art. 4, tweede lid": a member of a contract's article, stored as "4.2".
  for (const m of question.matchAll(/\b(?:artikel|art\.)?\s*(\d{1,2})\s*,?\s*lid\s+(\d{1,2})\b/gi)) {
    push(`${m[1]}.${m[2]}`, m.index, m.index + m[0].length, true);
  }
  // "afspraak 2 van hoofdstuk 5": the same, the other way round.
  for (const m of question.matchAll(/\b(?:afspraak|actie|punt|nr\.?|nummer)\s*(\d{1,3})\s+(?:van|uit|in|onder)\s+(?:het\s+)?(?:thema|hoofdstuk|paragraaf)\s+(\d{1,2})\b/gi)) {
    push(`${m[2]}.${m[1]}`, m.index, m.index + m[0].length, true);
  }
  for (const m of question.matchAll(KEYWORD_MENTION)) {
    push(m[1]!, m.index, m.index + m[0].length, true);
  }
  for (const r of municipalityRanges) {
    const after = AFTER_MUNICIPALITY.exec(question.slice(r.end));
    if (after) push(after[1]!, r.end, r.end + after[0].length, true);
    const before = BEFORE_MUNICIPALITY.exec(question.slice(0, r.start));
    if (before) push(before[1]!, before.index, r.start, true);
    // "A3 Roermond", "2.1 Dalvoorde": a lettered or dotted number right before the name (a bare "12 Almelo"
    // only when it opens the question; "in 2026 Almelo" is a year).
    const glued = GLUED_BEFORE_MUNICIPALITY.exec(question.slice(0, r.start));
    if (glued && (/^[A-Z]|\./.test(glued[1]!) || question.slice(0, glued.index).trim() === '') && !/^(?:19|20)\d{2}$/.test(glued[1]!)) push(glued[1]!, glued.index, r.start, true);
  }
  for (const m of question.matchAll(/(?<![\d.,€])\b(\d{1,2}(?:\.\d{1,2}){1,3})\b(?![.,]?\d|\s*(?:%|procent|miljoen|euro))/g)) {
    push(m[1]!, m.index, m.index + m[0].length, false);
  }
  return out;
}

const FIELD_WORDS: Array<{ field: AgreementField; re: RegExp; alone: boolean }> = [
  { field: 'responsible', re: /\b(trekkers?|regie|regiehouders?|verantwoordelijke?n?|verantwoordelijkheid|uitvoerders?|welke partij(en)?|who is responsible|lead)\b/, alone: true },
  { field: 'theme', re: /\b(welk(e)? (thema|hoofdstuk)|onder welk|in welk hoofdstuk)\b/, alone: true },
  // "thema duurzaamheid, punt 2" names where the agreement is; "het thema van 3.2" asks for it.
  { field: 'theme', re: /\b(thema|hoofdstuk|onderwerp|categorie)\b(?!\s+(?!(?:van|is|bij|heeft|hoort|valt|voor|of|dan|daarvan|hiervan)\b)[a-z]{3,})/, alone: false },
  { field: 'title', re: /\b(titel|heet|naam)\b/, alone: false },
  { field: 'period', re: /\b(periode|looptijd|welk(e)? jaar|welke jaren|tot wanneer|hoe lang|termijn)\b/, alone: false },
];

/**
 * The field asked for, if any. Without a referenced agreement only "who is responsible" and "under which
 * theme" count (answered for the best match); "wie" and "wanneer" need a reference.
 */
export function findField(question: string, hasReference: boolean): AgreementField | null {
  const t = normaliseText(question);
  for (const { field, re, alone } of FIELD_WORDS) if ((alone || hasReference) && re.test(t)) return field;
  if (!hasReference) return null;
  if (/\bwie\b/.test(t)) return 'responsible';
  if (/\bwanneer\b/.test(t)) return 'period';
  return 'text';
}

/** Words a question uses to ask for one agreement or one of its fields; not part of the topic. */
export const FIELD_QUESTION_WORDS = new Set(
  'trekker trekkers regie regiehouder regiehouders verantwoordelijk verantwoordelijke verantwoordelijken uitvoerder thema hoofdstuk onderwerp categorie valt titel heet naam periode looptijd termijn inhoud tekst toon laat zien'.split(' '),
);
