/** Tables inside an agreement (a production table, a planning): cell by cell, and as text for search. */
import type { AgreementTable } from '../core/agreement.js';
import { decodeEntities, flatten } from './html-text.js';

const cellPlain = (html: string) => flatten(decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, ' ')));

/**
 * A table as sentences: each row names its first cell, then every column header with its value
 * ("Woonstede: 2025 40, 2026 50"), so a search for a party and a year finds the row.
 */
export function tableAsText(t: AgreementTable): string {
  const rows = t.rows.filter((r) => r.some(Boolean));
  if (rows.length === 0) return t.header.filter(Boolean).join(' ');
  const lines = rows.map((r) => {
    const pairs = r.slice(1).map((v, i) => (v ? `${t.header[i + 1] ?? ''} ${v}`.trim() : '')).filter(Boolean);
    return pairs.length ? `${r[0] || t.header[0] || ''}: ${pairs.join(', ')}`.replace(/^: /, '') : r[0]!;
  });
  return [t.caption ? `${t.caption}:` : '', ...lines.map((l) => `${l}.`)].filter(Boolean).join(' ');
}

/** Reads the tables in an HTML fragment (a table inside a table cell); nested deeper tables are flattened. */
export function tablesInHtml(html: string): AgreementTable[] {
  const out: AgreementTable[] = [];
  for (const m of html.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/gi)) {
    const rows: string[][] = [];
    for (const r of m[1]!.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
      const cells: string[] = [];
      for (const c of r[1]!.matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)<\/t[dh]>/gi)) {
        const span = Number(/colspan\s*=\s*["']?(\d+)/i.exec(c[2]!)?.[1] ?? 1);
        cells.push(cellPlain(c[3]!));
        for (let k = 1; k < Math.min(span, 20); k++) cells.push('');
      }
      if (cells.length) rows.push(cells);
    }
    // A single full-width first row is a caption ("Trendscenario"), not the column names.
    let caption: string | null = null;
    if (rows.length > 1 && rows[0]!.filter(Boolean).length === 1 && rows[1]!.length > 1) caption = rows.shift()!.find(Boolean)!;
    const [header, ...body] = rows;
    if (header) out.push({ caption, header, rows: body });
  }
  return out;
}
