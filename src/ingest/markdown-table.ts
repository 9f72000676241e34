/** Turns Markdown pipe tables into the tab-separated rows the extractor reads for every table format. */

const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const PIPED = /^\s*\|.*\|\s*$/;

/** Splits a pipe row into cells; "\|" is a literal pipe inside a cell. */
function pipeCells(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return body.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

/**
 * Rewrites pipe-table rows as tab-separated cells and drops the "|---|---|" separator. Rows without outer
 * pipes count as table rows only inside a table that has a separator line.
 */
export function markdownTablesToRows(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (SEPARATOR.test(line) && line.includes('|')) {
      inTable = true;
      continue;
    }
    const startsTable = line.includes('|') && SEPARATOR.test(next) && next.includes('|');
    if (PIPED.test(line) || startsTable || (inTable && line.includes('|'))) {
      inTable = inTable || startsTable || PIPED.test(line);
      out.push(pipeCells(line).join('\t'));
      continue;
    }
    inTable = false;
    out.push(line);
  }
  return out;
}
