/** An agreement as a layout reads it, before titles, parties and numbers are resolved. */
import type { AgreementKind, AgreementTable } from '../../core/agreement.js';

export type LayoutName = 'table' | 'label-heading' | 'dotted' | 'paragraph' | 'bullets' | 'afspraak-blocks' | 'field-records' | 'lettered' | 'prose' | 'unnumbered-table';

export interface RawAgreement {
  /** The number as the document prints it ("3", "2.1", "A3"); assigned in order when the document has none. */
  label: string;
  chapterNumber: number | null;
  chapterTitle: string | null;
  kind: AgreementKind | null;
  layout: LayoutName;
  /** How to cut a title from the text: a table cell runs title and text together, a paragraph does not. */
  titleMode: 'table' | 'paragraph';
  /** The source has no separate text for this year (no year column or "Actie 2026:" label). */
  singleText: boolean;
  /** Title given explicitly ("Afspraak 3.2 Titel", a section heading, "• Titel – tekst"). */
  headingTitle: string | null;
  /** First text after the number, kept with its line breaks for title detection. */
  lead: string;
  multi: string[];
  year: string[];
  /** Text of responsible cells and "Trekker:" lines, resolved to parties later. */
  responsible: string[];
  original: string[];
  tables: AgreementTable[];
  /** The document prints this number itself ("Vraag 3:", "(afspraak 12)"), although the layout numbers in order. */
  printed?: boolean;
  /** The party whose commitments these are ("Mercatus zegt toe:" above a list): the "we" of the text. */
  speaker?: string | null;
}

/** A new agreement with empty text. */
export function newAgreement(fields: Pick<RawAgreement, 'label' | 'chapterNumber' | 'chapterTitle' | 'kind' | 'layout'> & Partial<RawAgreement>): RawAgreement {
  return {
    titleMode: 'paragraph',
    singleText: true,
    headingTitle: null,
    lead: '',
    multi: [],
    year: [],
    responsible: [],
    original: [],
    tables: [],
    ...fields,
  };
}
