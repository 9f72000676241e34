// Matches extracted agreements to gold ones and scores a document: by number first (when the content agrees),
// then by containsText or title, so a wrong number counts as "number wrong" rather than missing + invented.

export interface GoldAgreement {
  number: string;
  theme?: string | null;
  chapterTitle?: string | null;
  kind?: string | null;
  title?: string;
  responsible?: string[];
  containsText?: string;
}

export interface GoldDocument {
  source: string;
  municipality: string;
  title?: string;
  period?: { from: number | null; to: number | null };
  actionYear?: number | null;
  parties?: string[];
  agreements: GoldAgreement[];
}

export interface FoundAgreement {
  number: string;
  title: string;
  chapterTitle: string | null;
  kind: string | null;
  responsible: string[];
  multiYearText: string;
  yearText: string;
  originalText: string;
}

export interface FoundDocument {
  municipality: string;
  title: string;
  period: { from: number | null; to: number | null };
  actionYear: number | null;
  parties: Array<{ name: string; aliases?: string[]; kind?: string }>;
  agreements: FoundAgreement[];
}

/** Counts of one document (or a total): `of` is how many gold items were judged. */
export interface Score {
  gold: number;
  found: number;
  missing: number;
  invented: number;
  numbers: number;
  titles: { right: number; of: number };
  themes: { right: number; of: number };
  kinds: { right: number; of: number };
  responsible: { right: number; of: number };
  /** Right when a short form the document defines for the party ("De Linde", "ZVH") stands for its full name. */
  responsibleAliased: { right: number; of: number };
  texts: { right: number; of: number };
  parties: { found: number; missing: number; extra: number };
  period: { right: number; of: number };
  municipality: { right: number; of: number };
  docTitle: { right: number; of: number };
  actionYear: { right: number; of: number };
  failed: number;
}

export interface Difference {
  gold: string;
  found: string;
  what: string;
}

export const emptyScore = (): Score => ({
  gold: 0,
  found: 0,
  missing: 0,
  invented: 0,
  numbers: 0,
  titles: { right: 0, of: 0 },
  themes: { right: 0, of: 0 },
  kinds: { right: 0, of: 0 },
  responsible: { right: 0, of: 0 },
  responsibleAliased: { right: 0, of: 0 },
  texts: { right: 0, of: 0 },
  parties: { found: 0, missing: 0, extra: 0 },
  period: { right: 0, of: 0 },
  municipality: { right: 0, of: 0 },
  docTitle: { right: 0, of: 0 },
  actionYear: { right: 0, of: 0 },
  failed: 0,
});

/** Case, punctuation, quotes, doubled letters (typos) and spacing do not count. */
export const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .replace(/(\p{L})\1+/gu, '$1')
    .trim();

const words = (s: string) => new Set(norm(s).split(' ').filter(Boolean));

/** Titles agree when they are equal after normalising, or nearly so (one a prefix of the other, or ≥ 80% shared words). */
export function similarTitle(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.startsWith(short) && short.length >= long.length * 0.75) return true;
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(wa.size, wb.size) >= 0.8;
}

const textOf = (e: FoundAgreement) => norm(`${e.title} ${e.multiYearText} ${e.yearText} ${e.originalText}`);
const contains = (e: FoundAgreement, g: GoldAgreement) => !!g.containsText && textOf(e).includes(norm(g.containsText));
const sameContent = (e: FoundAgreement, g: GoldAgreement) => contains(e, g) || (!!g.title && similarTitle(e.title, g.title));
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.some((y) => norm(x) === norm(y)));
/** The same set when each found name, or a short form the document gave that party, is a gold name. */
const sameSetAliased = (a: readonly string[], b: readonly string[], parties: FoundDocument['parties']) => {
  const forms = (x: string) => {
    const p = parties.find((q) => norm(q.name) === norm(x));
    return [x, ...(p?.aliases ?? [])].flatMap(bare);
  };
  // "Huurdersvereniging Lelystad (HVL)" is also "Huurdersvereniging Lelystad" and "HVL".
  const bare = (x: string) => [norm(x), norm(x.replace(/\s*\([^)]*\)/g, '')), ...[...x.matchAll(/\(([^)]+)\)/g)].map((m) => norm(m[1]!))];
  // "Huurdersorganisaties" (the samples' gold) stands for the tenant organisations a gold may name one by one.
  const tenants = parties.filter((p) => p.kind === 'huurders').map((p) => p.name);
  // "Gemeente Uithoorn" (a gold's full name) is the "Gemeente" the samples' gold writes.
  const municipal = (x: string) => (/^gemeente\s+\S/i.test(x) ? 'Gemeente' : x);
  const expand = (xs: readonly string[]) => [...new Set(xs.map(municipal).flatMap((x) => (norm(x) === norm('Huurdersorganisaties') && tenants.length ? tenants : [x])))];
  const [ea, eb] = [expand(a), expand(b)];
  return ea.length === eb.length && ea.every((x) => eb.some((y) => bare(y).some((f) => forms(x).includes(f))));
};

/** Scores one document; `differences` lists what was wrong, for the developer's eye on dev documents only. */
export function scoreDocument(gold: GoldDocument, found: FoundDocument | null): { score: Score; differences: Difference[] } {
  const score = emptyScore();
  const differences: Difference[] = [];
  score.gold = gold.agreements.length;
  if (!found) {
    score.failed = 1;
    score.missing = gold.agreements.length;
    return { score, differences };
  }
  const free = new Set(found.agreements);
  const pairs = new Map<GoldAgreement, FoundAgreement>();
  const take = (g: GoldAgreement, pick: (e: FoundAgreement) => boolean) => {
    const e = [...free].find(pick);
    if (!e) return;
    pairs.set(g, e);
    free.delete(e);
  };
  for (const g of gold.agreements) take(g, (e) => e.number === g.number && sameContent(e, g));
  for (const g of gold.agreements) if (!pairs.has(g)) take(g, (e) => contains(e, g));
  for (const g of gold.agreements) if (!pairs.has(g)) take(g, (e) => !!g.title && similarTitle(e.title, g.title));
  for (const g of gold.agreements) if (!pairs.has(g)) take(g, (e) => e.number === g.number);

  for (const g of gold.agreements) {
    const e = pairs.get(g);
    if (!e) {
      score.missing++;
      differences.push({ gold: g.number, found: '—', what: `ontbreekt: ${g.title ?? g.containsText ?? ''}` });
      continue;
    }
    score.found++;
    const diff = (what: string) => differences.push({ gold: g.number, found: e.number, what });
    if (e.number === g.number) score.numbers++;
    else diff(`nummer ${e.number} i.p.v. ${g.number}`);
    if (g.title !== undefined) {
      score.titles.of++;
      if (similarTitle(e.title, g.title)) score.titles.right++;
      else diff(`titel "${e.title}" i.p.v. "${g.title}"`);
    }
    const theme = g.theme !== undefined ? g.theme : g.chapterTitle;
    if (theme !== undefined) {
      score.themes.of++;
      if ((theme === null && e.chapterTitle === null) || (theme !== null && e.chapterTitle !== null && similarTitle(e.chapterTitle, theme))) score.themes.right++;
      else diff(`thema "${e.chapterTitle}" i.p.v. "${theme}"`);
    }
    if (g.kind !== undefined) {
      score.kinds.of++;
      if ((g.kind ?? null) === (e.kind ?? null)) score.kinds.right++;
      else diff(`soort ${e.kind} i.p.v. ${g.kind}`);
    }
    if (g.responsible !== undefined) {
      score.responsible.of++;
      score.responsibleAliased.of++;
      if (sameSetAliased(e.responsible, g.responsible, found.parties)) score.responsibleAliased.right++;
      if (sameSet(e.responsible, g.responsible)) score.responsible.right++;
      else if (process.env.EVAL_ALIASED && sameSetAliased(e.responsible, g.responsible, found.parties)) void 0;
      else diff(`verantwoordelijk [${e.responsible.join(', ')}] i.p.v. [${g.responsible.join(', ')}]`);
    }
    if (g.containsText !== undefined) {
      score.texts.of++;
      if (contains(e, g)) score.texts.right++;
      else diff(`tekst mist "${g.containsText}"`);
    }
  }
  score.invented = free.size;
  for (const e of free) differences.push({ gold: '—', found: e.number, what: `verzonnen: ${e.title}` });

  if (gold.parties) {
    const names = found.parties.map((p) => p.name);
    score.parties.found = gold.parties.filter((p) => names.some((n) => norm(n) === norm(p))).length;
    score.parties.missing = gold.parties.length - score.parties.found;
    score.parties.extra = names.filter((n) => !gold.parties!.some((p) => norm(p) === norm(n))).length;
    if (score.parties.missing || score.parties.extra) differences.push({ gold: 'partijen', found: '', what: `[${names.join(', ')}] i.p.v. [${gold.parties.join(', ')}]` });
  }
  const check = (key: 'period' | 'municipality' | 'docTitle' | 'actionYear', right: boolean, what: string) => {
    score[key].of++;
    if (right) score[key].right++;
    else differences.push({ gold: key, found: '', what });
  };
  if (gold.period) check('period', found.period.from === gold.period.from && found.period.to === gold.period.to, `periode ${found.period.from}-${found.period.to} i.p.v. ${gold.period.from}-${gold.period.to}`);
  check('municipality', norm(found.municipality) === norm(gold.municipality), `gemeente ${found.municipality} i.p.v. ${gold.municipality}`);
  if (gold.title) check('docTitle', similarTitle(found.title, gold.title), `titel "${found.title}" i.p.v. "${gold.title}"`);
  if (gold.actionYear !== undefined) check('actionYear', found.actionYear === gold.actionYear, `actiejaar ${found.actionYear} i.p.v. ${gold.actionYear}`);
  return { score, differences };
}

/** Adds up scores. */
export function addScores(total: Score, s: Score): void {
  for (const key of Object.keys(s) as Array<keyof Score>) {
    const v = s[key];
    if (typeof v === 'number') (total[key] as number) += v;
    else for (const k of Object.keys(v)) ((total[key] as Record<string, number>)[k] as number) += (v as Record<string, number>)[k]!;
  }
}
