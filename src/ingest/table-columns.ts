/** Interprets tab-separated table rows: header roles, cell mapping and repeated-content detection. */
import { flatten, htmlFragmentToText } from './html-text.js';

/** 'info' is a named column without agreement content (planning, status); 'other' an unnamed one. */
export type ColumnRole = 'number' | 'multi' | 'year' | 'responsible' | 'info' | 'other';

export interface TableRow {
  number: string;
  multi: string;
  year: string;
  responsible: string;
}

const AGREEMENT_COLUMN = /^(?:prestatie|meerjarige\s+|jaar|meerjaren)?afspra(?:ak|ken)\b/i;
/** Other names for the agreement-text column; such a header also needs a number or responsible column. */
const TEXT_COLUMN = /^(?:(?:prestatie|meerjarige\s+|jaar|meerjaren)?afspra(?:ak|ken)|prestaties?|acties?|actiepunt(?:en)?|maatregel(?:en)?|omschrijving|wat)\b/i;
const NUMBER_COLUMN = /^(?:nr\.?|nummer|#|no\.?|code|ref\.?|referentie|(?:afspraak|actie|prestatie)\s*(?:nr\.?|nummer|code))$/i;
const RESPONSIBLE_COLUMN = /regie|verantwoordelijk|trekker|eigenaar|^wie\b|uitvoerder|partij|actiehouder|^door\s+wie/i;
const BARE_YEAR = /^(?:19|20)\d{2}$/;
/** Timing and status columns: kept with the agreement as a line of its own ("Planning: Q3 2026"). */
export const TIMING_COLUMN = /^(?:planning|wanneer|termijn|deadline|gereed|status|datum|tijdpad)\b/i;
/** Timing, status and notes columns: never the agreement text. */
const OTHER_COLUMN = /^(?:looptijd|kosten|budget|indicator|toelichting|opmerking(?:en)?|resultaat|thema|onderwerp|opgave)\b/i;
/** "Rol gemeente", "Inzet corporatie", "Bijdrage huurders": what one party does; the party named after the word. */
export const ROLE_COLUMN = /^(?:rol|taak|taken|inzet|bijdrage)\s+(?:van\s+)?(?:de\s+)?(\p{L}[\p{L} -]{2,40})$/iu;

/**
 * Recognises a table header by its column names: "Afspraak 2022 t/m 2026 | Afspraak 2026 | Regie op realisatie",
 * "Nr. | Afspraak | Trekker | Planning", "# | Prestatie | Verantwoordelijk | Termijn".
 */
export function matchTableHeader(cells: readonly string[]): ColumnRole[] | null {
  const filled = cells.map((c) => flatten(htmlFragmentToText(c)).replace(/\*+/g, '').trim());
  const nonEmpty = filled.filter(Boolean);
  if (nonEmpty.length < 2 || nonEmpty.some((c) => c.length > 60 || /^\d{1,3}[).]\s/.test(c))) return null;
  // Header cells are short labels starting with a capital; a wrapped text line ("afspraken programmering") is not.
  if (!nonEmpty.every((c) => /^[\p{Lu}\d#]/u.test(c))) return null;
  const roles: ColumnRole[] = [];
  let hasMulti = false;
  // "Code | Onderwerp | 2025 | 2026 | 2027 | Trekker": a column per year, each cell that year's target.
  const yearMatrix = filled.filter((c) => BARE_YEAR.test(c)).length >= 2 && !filled.some((c) => TEXT_COLUMN.test(c));
  for (const c of filled) {
    let role: ColumnRole = 'other';
    if (!c) role = 'other';
    else if (yearMatrix && BARE_YEAR.test(c)) role = 'info';
    else if (NUMBER_COLUMN.test(c)) role = 'number';
    // "Betrokken partijen" and "Partners" work along; the owner or trekker is responsible.
    else if (/betrokken|werken\s+mee|overige|ondersteun|adviseert|^partners?$/i.test(c) || ROLE_COLUMN.test(c)) role = 'info';
    else if (RESPONSIBLE_COLUMN.test(c)) role = 'responsible';
    else if (TIMING_COLUMN.test(c) || OTHER_COLUMN.test(c)) role = 'info';
    else if (/(\d{4})\s*(t\/m|tot en met|[-–])\s*(\d{4})|meerja/i.test(c)) role = 'multi';
    else if (/\b\d{4}\b|jaarschijf|actie|dit jaar|jaar/i.test(c)) role = hasMulti ? 'year' : 'multi';
    else if (!hasMulti && TEXT_COLUMN.test(c)) role = 'multi';
    if (role === 'multi') {
      if (hasMulti) role = 'year';
      hasMulti = true;
    }
    roles.push(role);
  }
  // "Actie | Wat gaan we doen? | Wie": a first column named after the agreements, then the text column, holds
  // their numbers ("Actie 1").
  const first = filled.findIndex(Boolean);
  if (roles[first] === 'multi' && /^(?:actie|afspraak|prestatie|maatregel)$/i.test(filled[first]!)) {
    const text = roles.findIndex((r, i) => i > first && (r === 'year' || r === 'other') && TEXT_COLUMN.test(filled[i]!));
    if (text > first) {
      roles[first] = 'number';
      roles[text] = 'multi';
    }
  }
  // "Code | Onderwerp | Resultaat 2026 | Betrokken partijen": without a text column the result is the text, and
  // without a trekker column the parties involved are the ones the row names.
  let resultIsText = false;
  if (!roles.includes('multi') && roles.includes('number')) {
    const result = filled.findIndex((c) => /^(?:resultaat|doel|beoogd\s+resultaat|prestatie)\b/i.test(c));
    if (result >= 0) {
      roles[result] = 'multi';
      resultIsText = true;
    }
  }
  // In a year matrix the topic before the years is the text; the year cells stay with it as "2026: …" lines.
  if (yearMatrix && !roles.includes('multi') && (roles.includes('number') || roles.includes('responsible'))) {
    const firstYear = filled.findIndex((c) => BARE_YEAR.test(c));
    const topic = filled.findIndex((c, i) => i < firstYear && c && (roles[i] === 'info' || roles[i] === 'other'));
    if (topic >= 0) {
      roles[topic] = 'multi';
      resultIsText = true;
    }
  }
  if (roles.includes('multi') && !roles.includes('responsible')) {
    const involved = filled.findIndex((c) => /^betrokken\s+partijen$|^partijen$/i.test(c));
    if (involved >= 0) roles[involved] = 'responsible';
  }
  if (!roles.includes('multi')) return null;
  if (resultIsText) return roles;
  if (nonEmpty.some((c) => AGREEMENT_COLUMN.test(c))) return roles;
  const textColumn = nonEmpty.some((c) => TEXT_COLUMN.test(c));
  return textColumn && (roles.includes('number') || roles.includes('responsible')) ? roles : null;
}

/**
 * Maps row cells to roles. Nested tables inside a cell spill extra cells into the row, so a responsible
 * column in last position takes the last non-empty cell.
 */
export function mapRow(cells: readonly string[], roles: readonly ColumnRole[]): TableRow {
  const row: TableRow = { number: '', multi: '', year: '', responsible: '' };
  const lastRole = roles.reduce((acc, r, i) => (r !== 'other' ? i : acc), -1);
  const respIdx = roles.indexOf('responsible');
  const spill = respIdx >= 0 && respIdx === lastRole;
  roles.forEach((role, i) => {
    if (role === 'other' || role === 'info' || (spill && role === 'responsible')) return;
    const cell = cells[i] ?? '';
    row[role] = row[role] ? `${row[role]}\n${cell}` : cell;
  });
  if (spill) {
    for (let i = cells.length - 1; i >= respIdx; i--) {
      if (cells[i]!.trim()) {
        row.responsible = cells[i]!;
        break;
      }
    }
  }
  return row;
}

/** True when every filled cell repeats text of the previous row (nested tables exported twice). */
export function repeatsPrevious(cells: readonly string[], previousFlat: string): boolean {
  const filled = cells.map((c) => flatten(htmlFragmentToText(c))).filter(Boolean);
  return filled.length > 0 && previousFlat.length > 0 && filled.every((c) => previousFlat.includes(c));
}
