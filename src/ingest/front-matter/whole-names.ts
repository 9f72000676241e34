/**
 * Names with "en" inside ("Welzijnsstichting Dijk en Duin", "Stichting Zorg en Welzijn Oost"): where the document
 * sets such a name on a line or in a column of its own (a cover list, a signature block), it is one organisation,
 * so a running list ("… De Knop en Welzijnsstichting Dijk en Duin.") is not split inside it.
 */

/** An organisation-type word that opens a name: "Stichting", "Welzijnsstichting", "Huurdersvereniging", "Zorggroep". */
const TYPE_FIRST = /^\p{Lu}\p{Ll}*(?:stichting|vereniging|corporatie|coöperatie|raad|platform|koepel|groep|organisatie)$|^Stichting$/u;
const CAPITALISED = /^(?:\p{Lu}[\p{L}'’-]*|de|het|van|der|den|op|aan)$/u;

/** The names with "en" inside that stand alone on a line or in a column. */
export function wholeNamesWithEn(lines: readonly string[]): string[] {
  const out = new Set<string>();
  for (const line of lines) {
    for (const cell of line.replace(/\*+/g, '').split(/\t|[ ]{3,}/)) {
      const words = cell.trim().split(/\s+/);
      if (words.length < 4 || words.length > 7 || !TYPE_FIRST.test(words[0]!)) continue;
      const en = words.indexOf('en');
      // One "en" between capitalised words, and nothing but name words around it; "Huurdersvereniging A en
      // Huurdersraad B" is two organisations, each with its own type word.
      if (en < 2 || en === words.length - 1 || words.lastIndexOf('en') !== en) continue;
      if (words.slice(en + 1).some((w) => TYPE_FIRST.test(w) || /^(?:Gemeente|Woon\p{Ll}+)$/u.test(w))) continue;
      if (!/^\p{Lu}/u.test(words[en + 1]!) || !words.every((w, i) => i === en || CAPITALISED.test(w))) continue;
      out.add(words.join(' '));
    }
  }
  return [...out];
}
