/**
 * Tab-separated text copied from a spreadsheet quotes a cell that holds a line break or a quote:
 * `4\t"24 flexwoningen …` / `Gemeente levert de grond."\tGem + KW`. Such a cell is joined back into its row
 * (its line break kept as <br>) and unquoted, so the row's later cells stay in their columns.
 */
import { escapeCellText } from './html-text.js';

/** Whether a tab-separated line ends inside a quoted cell. */
function opensQuote(line: string): boolean {
  let inside = false;
  for (const cell of line.split('\t')) {
    if (!inside) {
      if (!cell.startsWith('"')) continue;
      const body = cell.slice(1);
      // Closed in the same cell: an even run of quotes inside, one at the end.
      if (/(?:^|[^"])(?:"")*"$/.test(body) && body.length > 0) continue;
      inside = true;
    } else if (/(?:^|[^"])(?:"")*"$/.test(cell)) inside = false;
  }
  return inside;
}

const unquote = (cell: string) => (/^".*"$/s.test(cell) ? cell.slice(1, -1).replace(/""/g, '"') : cell);

export function joinQuotedCells(lines: readonly string[]): string[] {
  if (!lines.some((l) => l.includes('\t"'))) return [...lines];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.includes('\t') && opensQuote(line)) {
      let j = i;
      let joined = line;
      while (j + 1 < lines.length && j - i < 20 && opensQuote(joined)) joined += `\n${lines[++j]!}`;
      if (!opensQuote(joined)) {
        line = joined;
        i = j;
      }
    }
    if (!line.includes('\t') || !line.includes('"')) {
      out.push(line);
      continue;
    }
    out.push(
      line
        .split('\t')
        .map((c) => {
          const u = unquote(c);
          return u.includes('\n') ? u.split('\n').map(escapeCellText).join('<br>') : u;
        })
        .join('\t'),
    );
  }
  return out;
}
