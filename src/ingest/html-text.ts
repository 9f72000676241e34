/** Small helpers to turn HTML fragments (as left in extracted text or produced by mammoth) into text. */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  euro: '€',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  sbquo: '‚',
  bdquo: '„',
  trade: '™',
  permil: '‰',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  zwj: '',
  zwnj: '',
};

/** HTML's Latin-1 entities, U+00A0 to U+00FF in order ("eacute" = é, "euml" = ë, "middot" = ·). */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
/** Named entities are case-sensitive ("Eacute" is É, "eacute" é); the common ones are also matched in any case. */
const NAMED = new Map<string, string>([...Object.entries(ENTITIES), ...LATIN1.split(' ').map((n, i): [string, string] => [n, String.fromCodePoint(0xa0 + i)])]);

/** Decodes named and numeric HTML entities. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return NAMED.get(code) ?? ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Converts an HTML fragment to text lines: block ends (</p>, <br>, <li>, </tr>) become line breaks, so
 * that a title kept in its own paragraph stays recognisable.
 */
export function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').trim();
  const withBreaks = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6]|ul|ol|table|thead|tbody)>/gi, '\n')
    .replace(/<(li|p|div|tr|h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(withBreaks)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Collapses whitespace (including line breaks) to single spaces. */
export function flatten(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Text made safe to put inside an HTML cell we build ("<br>" joins a cell's lines). */
export const escapeCellText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A word hyphenated over a line break ("woning-" / "zoekenden"); not "huur- en koopwoningen". */
const HYPHENATED = /(\p{Ll})-\s+(?!(?:en|of|tot|noch|als)\b)(?=\p{Ll})/gu;

/** Joins the words a line break hyphenated ("woning- zoekenden" → "woningzoekenden"). */
export const joinHyphenated = (text: string) => text.replace(HYPHENATED, '$1');
