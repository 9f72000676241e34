/** Who is responsible when no "Trekker:" line or column says so: the actors of the agreement's first sentence. */
import type { ExtractedParty } from '../core/agreement.js';
import { isHeadingLike } from './headings.js';
import { findMentions, ResponsibleNames, type Mention } from './responsible-parties.js';

const PREPOSITIONS = new Set(['met', 'aan', 'van', 'bij', 'voor', 'door', 'tussen', 'naar', 'over', 'op', 'tot', 'onder', 'zoals', 'namens', 'via', 'richting', 'binnen']);

/** The parties a clause opens with ("De gemeente en De Linde bouwen …", "medewerkers van De Dieze …"), and those it does "samen met". */
function subjectOf(clause: string, mentions: readonly Mention[]): { names: string[]; end: number } | null {
  const first = mentions[0]!;
  const lead = clause.slice(0, first.index).trim();
  if (!/^(?:(?:de|het|alle|beide|elke|iedere|ook|daarnaast|verder|tevens|zowel)\s*)*$/i.test(lead) && !/^(?:de\s+)?\p{L}+\s+van(?:\s+de)?$/iu.test(lead)) return null;
  const group = [first];
  let end = first.end;
  for (const m of mentions.slice(1)) {
    const between = clause.slice(end, m.index).trim();
    const joined = /^(?:,|en|&|als|,\s*en)?\s*(?:de|het)?$/i.test(between) || /^(?:[\p{L}\d]+\s+){0,4}samen\s+met(?:\s+(?:de|het))?$/iu.test(between);
    if (!joined) break;
    group.push(m);
    end = m.end;
  }
  return { names: group.flatMap((m) => m.names), end };
}

/**
 * Words before a mention that make it no actor: a preposition, a relative pronoun, an indefinite article. "In" and
 * "te" name a place ("In Galecop worden …" beside "Zorggroep Galecop"), not a party.
 */
const NOT_ACTOR = new Set([...PREPOSITIONS, 'in', 'te', 'die', 'dat', 'waarin', 'waarmee', 'waarbij', 'waarvan', 'een']);

/** A passive clause ("… worden opgeleverd: 180 door deltaWonen"): "door" names who acts. */
const PASSIVE_AUXILIARY = /\b(?:wordt|worden|werd|werden)\b/i;

/**
 * Mentions that are not the object of a preposition ("met de gemeente", "van Maasoever en WTB") or in a relative
 * clause; the agent of a passive clause ("door deltaWonen") acts.
 */
function actors(clause: string, mentions: readonly Mention[]): string[] {
  let previous: { end: number; object: boolean } | null = null;
  const passive = PASSIVE_AUXILIARY.test(clause);
  return mentions
    .filter((m) => {
      const before = clause.slice(0, m.index).trim().split(/\s+/);
      let prev = before.pop()?.toLowerCase() ?? '';
      if (['de', 'het', 'haar', 'hun', 'alle', 'beide'].includes(prev)) prev = before.pop()?.toLowerCase() ?? '';
      const listed = previous !== null && /^(?:,|en|of|\s)*(?:de|het)?\s*$/i.test(clause.slice(previous.end, m.index));
      const agent = passive && prev === 'door';
      const object = (NOT_ACTOR.has(prev) && !agent) || (listed && previous!.object);
      previous = { end: m.end, object };
      return !object;
    })
    .flatMap((m) => m.names);
}

/** A finite verb right after a party ("… en de gemeente levert"), not a preposition or an article. */
const SECOND_VERB = /^\s+(?!(?:met|van|voor|over|tegen|achter|binnen|buiten|tussen|onder|boven|na|om|op|aan|in|bij|tot|zoals|samen|de|het|een|en|of|zodat|omdat|dat|wat|niet|met|tot)\b)\p{Ll}+(?:t|en)\b/u;

/** "… worden om advies gevraagd", "… krijgen de monitor": the clause's subject does not act. */
const PASSIVE = /^\s*(?:[\p{L},]+\s+){0,4}(?:wordt|worden|werd|werden|krijgen|krijgt|ontvangen|ontvangt)\b/iu;

/** "IJsselborgh krijgt van Woonwaarde een budget": after "krijgt van" comes who gives. */
const RECEIVES_FROM = /^\s*(?:[\p{L},]+\s+){0,3}(?:krijgen|krijgt|ontvangen|ontvangt)\s+(?:\p{L}+\s+){0,2}van\s+(?:de\s+|het\s+)?$/iu;

/** "De Knotwilg krijgt een plek in het overleg en organiseert een panel": a second verb of the same subject acts. */
const THEN_ACTS = /^\s*(?:[\p{L},]+\s+){0,4}(?:krijgt|ontvangt)\b[^,.;:]*?\sen\s+(?!(?:het|niet|dat|wat|met|tot|best|meest|echt|recht|licht|wordt|krijgt|ontvangt)\b)\p{Ll}{3,}t\s/u;

/** Who acts in a clause: its subject (none when the clause is passive), or else the parties it names as actors. */
function clauseActors(clause: string, mentions: readonly Mention[]): string[] {
  const subject = subjectOf(clause, mentions);
  if (!subject) return actors(clause, mentions);
  if (PASSIVE.test(clause.slice(subject.end)) && !THEN_ACTS.test(clause.slice(subject.end))) {
    // The one who gives acts, and so does the one who receives (and does something with it).
    const givers = mentions.filter((m) => m.index >= subject.end && RECEIVES_FROM.test(clause.slice(subject.end, m.index)));
    return givers.length ? [...subject.names, ...givers.flatMap((m) => m.names)] : [];
  }
  // "Eemhaven sloopt 180 woningen, Bergkwartier Wonen 80": the verb left out, the second party acts too.
  const gapped = mentions.filter((m) => m.index > subject.end && /(?:,|\sen)\s*$/.test(clause.slice(0, m.index)) && /^\s+(?:ten\s+minste\s+|maximaal\s+|circa\s+|ongeveer\s+|in\s+(?:dezelfde|die|deze)\s+periode\s+|in\s+\d{4}\s+)?\d/.test(clause.slice(m.end)));
  // "Rolduc bouwt en de gemeente levert grond": a second subject after "en", with a verb of its own.
  // Not when the party before "en" is named too ("… rapporteert aan de gemeente en de huurdersraad zodat …").
  const afterParty = (m: Mention) => mentions.some((o) => o.end <= m.index && /^\s*en\s+(?:de\s+|het\s+)?$/.test(clause.slice(o.end, m.index)));
  const coordinated = mentions.filter(
    (m) => m.index > subject.end && /\S\s+en\s+(?:de\s+|het\s+)?$/.test(clause.slice(subject.end, m.index)) && !afterParty(m) && SECOND_VERB.test(clause.slice(m.end)),
  );
  return [...subject.names, ...gapped.flatMap((m) => m.names), ...coordinated.flatMap((m) => m.names)];
}

/** "Resultaat:", "Inspanning:", "Actie 2026:" opening a sentence. */
const LEAD_LABEL = /^(?:\p{L}+\s){0,2}\p{L}+(?:\s\d{4})?:\s+/u;

/** A text opening with names before a colon ("Triada + gemeente: …"). */
const PARTY_LEAD = /^\s*([^:.;\n]{2,60}?)\s*:\s+\S/u;

/** The parties a short text consists of ("Triada + gemeente", "Gemeente en Woonpunt"); null when it says more. */
export function namesOnly(text: string, parties: readonly ExtractedParty[]): string[] | null {
  const names = ResponsibleNames.of(parties);
  const { mentions, rest } = findMentions(text, names, false);
  if (!mentions.length || /[\p{L}\d]/u.test(rest.replace(/\b(?:en|de|het)\b/giu, ''))) return null;
  return names.order(mentions.flatMap((m) => m.names));
}

/** "**Afspraak:** …" after a bid and the reactions to it: the paragraph that says what was agreed. */
const AGREED_LABEL = /^[\s*_]*(?:afspraak|afspraken|gemaakte\s+afspraak|wat\s+we\s+afspreken)[\s*_]*:/iu;

/**
 * The paragraphs from the last "Afspraak:" on, when other paragraphs (a bid, "Reactie gemeente:") come before it:
 * who proposed or reacted is not who is bound. Null when the agreement has no such paragraph after others.
 */
export function agreedParagraphs(paragraphs: readonly string[]): string[] | null {
  const at = paragraphs.findLastIndex((p) => AGREED_LABEL.test(p));
  return at > 0 ? paragraphs.slice(at) : null;
}

/** "Wij spreken af dat", "Partijen komen overeen dat", "We zorgen ervoor dat" at the start of a sentence. */
/** In bold too, and "Daarnaast spreken wij af dat". */
const AGREE_THAT =
  /(^|[.!?]\s+)(?:\*\*|__)?(?:(?:wij|we|partijen|de\s+partijen|alle\s+partijen)\s+(?:spreken|komen|maken)|(?:daarnaast|ook|verder|tevens|bovendien|tot\s+slot|ten\s+slotte)\s+(?:spreken|komen|maken)\s+(?:wij|we|partijen))\s+(?:met\s+elkaar\s+)?(?:af|overeen)\s+dat(?:\*\*|__)?\s+/giu;

/**
 * "Warmtenet Galecop.", "Groen rond de woning.": a short heading-like sentence without a word that could be its verb
 * (a small word ending in -t or -en, as in "Partijen overleggen twee keer per jaar.").
 */
function isRunInTitle(sentence: string): boolean {
  const words = sentence.replace(/[.:]$/, '').split(/\s+/);
  return isHeadingLike(words.join(' ')) && !words.slice(1).some((w) => w !== 'en' && /^\p{Ll}+(?:t|en)$/u.test(w));
}

/**
 * Without a responsible column: the actors of every clause of the first sentence that names a party ("De Dieze
 * meldt …; de gemeente benadert …"): a clause's subject, or the parties it names that are not prepositional
 * objects; passive clauses name nobody.
 */
export function inferResponsibleFromText(written: string, parties: readonly ExtractedParty[], author: ExtractedParty | null = null): string[] {
  // In one party's own document (a bid) "wij", "we" and "ons" are that party.
  const source = author ? written.replace(/(?<![\p{L}])(?:wij|we|ons|onze)(?![\p{L}])/giu, author.name) : written;
  const names = ResponsibleNames.of(parties);
  // "Triada + gemeente: samen een woonproject …", "Gemeente: in elk bouwplan …": a lead of party names only.
  const lead = PARTY_LEAD.exec(source);
  const leading = lead ? namesOnly(lead[1]!, parties) : null;
  if (leading) return leading;
  // "Wij spreken af dat Domesta … oplevert": who acts is the subject after "dat", not the "wij" who agree.
  const text = source.replace(AGREE_THAT, '$1');
  // "Wij spreken af dat een huisuitzetting alleen …": no party after "dat", so "wij" it is.
  if (text !== source) {
    const after = inferResponsibleFromText(text, parties);
    return after.length ? after : inferResponsibleFromText(source.replace(AGREE_THAT, '$1Wij '), parties);
  }
  const all = text.split(/(?<=[.!?])\s+(?=\p{L})/u);
  // "Warmtenet Galecop. In Galecop worden …": a run-in title names what the agreement is about, not who acts.
  const sentences = (all.length > 1 && isRunInTitle(all[0]!) ? all.slice(1) : all).slice(0, 3);
  const found: string[] = [];
  let first = true;
  for (const labelled of sentences) {
    // "Inspanning: Woonpartners en Compaen volgen …": the label before the colon is no part of the clause.
    const sentence = labelled.replace(LEAD_LABEL, '');
    const clauses = sentence
      .split(/;\s+|,\s+en\s+(?=(?:de\s+|het\s+)?\p{Lu}|(?:de|het)\s+\p{L})/u)
      .map((clause) => ({ clause, mentions: findMentions(clause, names, true).mentions }))
      .filter((c) => c.mentions.length > 0);
    if (clauses.length === 0) continue;
    // The first sentence in which a party acts is read whole ("…, Compaen 450 woningen"); one that names
    // parties only as objects ("de woningen van beide corporaties") leaves that to the next.
    if (first) {
      const acting = clauses.flatMap((c) => clauseActors(c.clause, c.mentions));
      found.push(...acting);
      first = acting.length === 0;
      continue;
    }
    // Later sentences add the parties they open with ("Sité Woondiensten start met 18 woningen").
    // ("… en de gemeente betaalt die begeleiding": a second subject with a verb of its own counts too.)
    for (const c of clauses) if (subjectOf(c.clause, c.mentions)) found.push(...clauseActors(c.clause, c.mentions));
  }
  return names.order(found);
}
