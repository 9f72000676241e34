/**
 * Slides exported to text ("Dia 4" / a title / bullets / "Notities: …"): each slide's title becomes a heading, the
 * speaker notes and the slide markers go, and a slide whose title asks a question ("Wie maken de afspraken?",
 * "Vragen?") explains rather than agrees: its bullets stay as plain lines (the parties may be named there), no
 * agreements. The first slide is the cover and stays as it is.
 */

const SLIDE_MARK = /^\s*(?:dia|slide)\s+\d{1,3}\s*$/i;
const NOTES = /^\s*(?:notities|sprekersnotities|notes|speaker\s+notes)\s*:/i;
/** "Jaarschijf 2026 (1/2)": a title continued over slides. */
const CONTINUED = /\s*\(\s*\d\s*\/\s*\d\s*\)\s*$/;

/** A deck has several slide markers on lines of their own. */
export function isSlideDeck(lines: readonly string[]): boolean {
  return lines.filter((l) => SLIDE_MARK.test(l)).length >= 3;
}

export function slidesToSections(lines: readonly string[]): string[] {
  if (!isSlideDeck(lines)) return [...lines];
  const out: string[] = [];
  let slide = 0;
  let title: string | null = null;
  let inNotes = false;
  let skip = false;
  let part: string | null = null;
  for (const line of lines) {
    if (SLIDE_MARK.test(line)) {
      slide++;
      title = null;
      inNotes = false;
      skip = false;
      out.push('');
      continue;
    }
    if (NOTES.test(line)) {
      inNotes = true;
      continue;
    }
    if (inNotes) continue;
    if (skip) {
      out.push(line.replace(/^\s*[•●▪*-]\s+/, ''));
      continue;
    }
    if (slide <= 1 || !line.trim()) {
      out.push(line);
      continue;
    }
    if (title === null) {
      title = line.trim().replace(CONTINUED, '');
      if (/\?$/.test(title)) {
        skip = true;
        out.push(title, '');
        continue;
      }
      // "Meerjarig | Beschikbaarheid": the part, then the theme.
      const [first, ...rest] = title.split(/\s+\|\s+/);
      const theme = rest.length ? rest.join(' – ') : null;
      if (theme) {
        if (first !== part) out.push(`# ${first}`, '');
        part = first!;
        out.push(`## ${theme}`, '');
      } else {
        part = null;
        out.push(`# ${first}`, '');
      }
      continue;
    }
    out.push(line);
  }
  return out;
}
