/**
 * One agreement per line, its fields set apart by " | " and without a header ("Nr. 3 | Huurbeleid | De corporaties
 * … | Trekker: WNF | Gereed: 1 juli 2026"): a table whose column names are written in its cells. The run of such
 * lines becomes tab-separated rows under a header read from the cells: the label each cell of a column repeats
 * ("Trekker"), "Nr." for the numbers, "Afspraak" for the longest text and "Thema" for a short one before it.
 */

const SEPARATOR = /\s+\|\s+/;
/** "Trekker: WNF": a label the cells of one column share. */
const LABELLED = /^([\p{L}][\p{L} .'/-]{1,24}?)\s*:\s*(.*)$/u;
/** "Nr. 3", "Afspraak 12", "3", "A4": an agreement's number. */
const NUMBERED = /^(?:(?:nr|nummer|afspraak|actie)\.?\s*)?([A-Z]{0,3}[.-]?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)$/iu;
/** A run needs this many lines before it reads as a table. */
const MIN_LINES = 3;

const fields = (line: string) => (line.includes(' | ') && !/^\s*\|/.test(line) ? line.trim().split(SEPARATOR) : null);

function header(rows: string[][]): { names: string[]; rows: string[][] } {
  const width = rows[0]!.length;
  const names: string[] = [];
  const cells = rows.map((r) => [...r]);
  const textColumn = [...Array(width).keys()].reduce((best, k) => (avgLength(rows, k) > avgLength(rows, best) ? k : best), 0);
  for (let k = 0; k < width; k++) {
    const column = rows.map((r) => r[k]!.trim());
    const labels = new Set(column.map((c) => LABELLED.exec(c)?.[1]?.toLowerCase() ?? null));
    const label = labels.size === 1 && !labels.has(null) && k !== textColumn ? LABELLED.exec(column[0]!)![1]! : null;
    if (label) {
      names.push(label);
      cells.forEach((r) => (r[k] = LABELLED.exec(r[k]!.trim())![2]!.replace(/^[–—-]$/, '')));
    } else if (k !== textColumn && column.every((c) => NUMBERED.test(c))) {
      names.push('Nr.');
      cells.forEach((r) => (r[k] = NUMBERED.exec(r[k]!.trim())![1]!));
    } else if (k === textColumn) names.push('Afspraak');
    else names.push(k < textColumn ? 'Thema' : 'Toelichting');
  }
  return { names, rows: cells };
}

const avgLength = (rows: string[][], k: number) => rows.reduce((n, r) => n + (r[k]?.length ?? 0), 0) / rows.length;

export function fieldLinesToRows(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = fields(lines[i]!);
    let j = i;
    const run: string[][] = [];
    while (first && j < lines.length) {
      const f = fields(lines[j]!);
      if (!f || f.length !== first.length) break;
      run.push(f);
      j++;
    }
    if (run.length >= MIN_LINES && first!.length >= 3) {
      const { names, rows } = header(run);
      // Only a run with a column of numbers or labels is a list of agreements; prose with a pipe in it is not.
      if (names.some((n) => n !== 'Afspraak' && n !== 'Thema' && n !== 'Toelichting')) {
        out.push(names.join('\t'), ...rows.map((r) => r.join('\t')));
        i = j;
        continue;
      }
    }
    out.push(lines[i]!);
    i++;
  }
  return out;
}
