/**
 * "Partijen en eigenaren": each party's short form with its people indented below it ("WSM    Woonstichting
 * Sandemare" / "       MV    Marco Visser, projectleider"). An action list names its owners by those initials; the
 * owner's organisation is the one responsible, so a person's initials stand for their organisation.
 */

/** "WSM    Woonstichting Sandemare" at the margin. */
const ORGANISATION = /^([\p{Lu}][\p{L}\d&.-]{1,7})(?:\s{2,}|\t+)(\p{Lu}[^\t]{2,80}?)\s*$/u;
/** "       MV    Marco Visser, projectleider vastgoed", indented below its organisation. */
const PERSON = /^(?:\s{2,}|\t+)([\p{Lu}][\p{L}.-]{1,5})(?:\s{2,}|\t+)\p{Lu}[^\t]{2,100}$/u;

/** The short forms of such a list, each with the organisation it stands for; empty when the document has none. */
export function readOwnerList(lines: readonly string[]): Array<{ short: string; long: string }> {
  const out: Array<{ short: string; long: string }> = [];
  let i = 0;
  while (i < lines.length) {
    // A run of organisation and person lines; a list of two or more organisations, at least one with its people.
    const run: Array<{ short: string; long: string }> = [];
    let organisation: string | null = null;
    let organisations = 0;
    let people = 0;
    for (; i < lines.length; i++) {
      const line = lines[i]!.replace(/\s+$/, '');
      const org = ORGANISATION.exec(line);
      const person = organisation ? PERSON.exec(line) : null;
      if (org) {
        organisation = org[2]!;
        organisations++;
        run.push({ short: org[1]!, long: organisation });
      } else if (person) {
        people++;
        run.push({ short: person[1]!, long: organisation! });
      } else break;
    }
    if (organisations >= 2 && people >= 1) out.push(...run);
    i++;
  }
  return out;
}
