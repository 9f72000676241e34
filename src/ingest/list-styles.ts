/**
 * How an HTML list numbers its items when the numbers are not in the text: Word and Google Docs write a lettered
 * list as <ol type="a">, as an inline list-style-type, or as a class whose style sheet rule sets it.
 */

export type ListMarker = 'decimal' | 'lower-alpha' | 'upper-alpha';

const STYLE_TYPES: Record<string, ListMarker> = { 'lower-latin': 'lower-alpha', 'lower-alpha': 'lower-alpha', 'upper-latin': 'upper-alpha', 'upper-alpha': 'upper-alpha' };
const TYPE_ATTR: Record<string, ListMarker> = { a: 'lower-alpha', A: 'upper-alpha' };

/** The list-style-type each class of the document's style sheets gives an <ol> ("ol.lst-kix_x-1{list-style-type:lower-latin}"). */
export function listClassMarkers(html: string): Map<string, ListMarker> {
  const markers = new Map<string, ListMarker>();
  for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const rule of style[1]!.matchAll(/ol\.([\w-]+)\s*\{[^}]*?list-style-type\s*:\s*([\w-]+)/gi)) {
      const marker = STYLE_TYPES[rule[2]!.toLowerCase()];
      if (marker) markers.set(rule[1]!, marker);
    }
  }
  return markers;
}

/** The marker an <ol> with these attributes writes: its type, its inline style, else the style sheet's rule for one of its classes. */
export function listMarker(attrs: string, byClass: ReadonlyMap<string, ListMarker>): ListMarker {
  const type = /\btype\s*=\s*["']?([aA1iI])\b/.exec(attrs)?.[1];
  if (type) return TYPE_ATTR[type] ?? 'decimal';
  const inline = /list-style-type\s*:\s*([\w-]+)/i.exec(attrs)?.[1];
  if (inline) return STYLE_TYPES[inline.toLowerCase()] ?? 'decimal';
  const classes = /\bclass\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1]?.split(/\s+/) ?? [];
  for (const c of classes) {
    const marker = byClass.get(c);
    if (marker) return marker;
  }
  return 'decimal';
}

/** The text of item number `n` (from 1) of a list with this marker: "3", "c", "C". */
export function itemMark(marker: ListMarker, n: number): string {
  if (marker === 'decimal' || n < 1 || n > 26) return String(n);
  const letter = String.fromCharCode(96 + n);
  return marker === 'upper-alpha' ? letter.toUpperCase() : letter;
}
