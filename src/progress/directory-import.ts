/**
 * Reads a directory file (YAML or CSV) and checks it against the parties the documents name. Pure: the
 * caller passes the parties and writes the result. Every problem is collected; one problem means nothing
 * is imported.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import type { PersonRole } from '../core/people.js';
import { resolveParty } from '../core/parties.js';
import type { DirectoryEntryInput, PartyRecord } from '../core/progress.js';

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim()).nullish();

const roleSchema = z.object({
  role: z.string().trim().toLowerCase(),
  municipality: text,
  party: text,
});

const personSchema = z.object({
  name: text,
  email: text,
  consoleId: text,
  slackUserId: text,
  teamsUserId: text,
  roles: z.array(roleSchema).default([]),
});

const fileSchema = z.union([z.object({ people: z.array(z.unknown()) }), z.array(z.unknown())]);

interface RawEntry {
  where: string;
  name: string;
  email: string | null;
  consoleId: string | null;
  slackUserId: string | null;
  teamsUserId: string | null;
  roles: Array<{ role: string; municipality: string | null; party: string | null; where: string }>;
}

const orNull = (v: string | null | undefined) => (v ? v : null);

function parseYamlEntries(content: string, errors: string[]): RawEntry[] {
  let doc: unknown;
  try {
    doc = parseYaml(content);
  } catch (err) {
    throw new DomainError('directory_invalid', `Het YAML-bestand is niet te lezen: ${(err as Error).message}. Er is niets gewijzigd.`);
  }
  const file = fileSchema.safeParse(doc);
  if (!file.success) throw new DomainError('directory_invalid', 'Het bestand moet een lijst "people:" bevatten (zie examples/directory.yaml). Er is niets gewijzigd.');
  const list = Array.isArray(file.data) ? file.data : file.data.people;
  const out: RawEntry[] = [];
  list.forEach((raw, i) => {
    const where = `persoon ${i + 1}`;
    const p = personSchema.safeParse(raw);
    if (!p.success) {
      const issue = p.error.issues[0]!;
      errors.push(`${where}: veld "${issue.path.join('.')}" is ongeldig (${issue.message}).`);
      return;
    }
    out.push({
      where: p.data.name ? `${where} (${p.data.name})` : where,
      name: p.data.name ?? '',
      email: orNull(p.data.email),
      consoleId: orNull(p.data.consoleId),
      slackUserId: orNull(p.data.slackUserId),
      teamsUserId: orNull(p.data.teamsUserId),
      roles: p.data.roles.map((r, j) => ({ role: r.role, municipality: orNull(r.municipality), party: orNull(r.party), where: `rol ${j + 1}` })),
    });
  });
  return out;
}

/** RFC 4180 fields; the delimiter is a comma or, when the header has more of them, a semicolon. */
export function parseCsv(content: string): string[][] {
  const src = content.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const CSV_COLUMNS: Record<string, keyof Omit<RawEntry, 'where' | 'roles'> | 'role' | 'municipality' | 'party'> = {
  name: 'name', naam: 'name', email: 'email', 'e-mail': 'email', consoleid: 'consoleId', console: 'consoleId',
  slackuserid: 'slackUserId', slack: 'slackUserId', teamsuserid: 'teamsUserId', teams: 'teamsUserId',
  role: 'role', rol: 'role', municipality: 'municipality', gemeente: 'municipality', party: 'party', partij: 'party',
};

function parseCsvEntries(content: string, errors: string[]): RawEntry[] {
  const [header, ...rows] = parseCsv(content);
  if (!header) throw new DomainError('directory_invalid', 'Het CSV-bestand is leeg. Er is niets gewijzigd.');
  const cols = header.map((h) => CSV_COLUMNS[h.trim().toLowerCase().replace(/[\s_]/g, '')]);
  const unknown = header.filter((_, i) => !cols[i]);
  if (unknown.length) errors.push(`onbekende kolom(men): ${unknown.join(', ')}. Gebruik name,email,consoleId,slackUserId,teamsUserId,role,municipality,party.`);
  if (!cols.includes('name')) throw new DomainError('directory_invalid', 'Het CSV-bestand mist de kolom "name". Er is niets gewijzigd.');
  // One row per role: rows with the same e-mail or console/Slack/Teams id are the same person.
  const people: RawEntry[] = [];
  rows.forEach((cells, i) => {
    const where = `regel ${i + 2}`;
    const get = (k: string) => orNull(cells[cols.indexOf(k as never)]?.trim());
    const row = { name: get('name') ?? '', email: get('email'), consoleId: get('consoleId'), slackUserId: get('slackUserId'), teamsUserId: get('teamsUserId') };
    const ids = (['email', 'consoleId', 'slackUserId', 'teamsUserId'] as const).filter((k) => row[k]);
    const same = people.find((p) => ids.some((k) => p[k] !== null && p[k]!.toLowerCase() === row[k]!.toLowerCase()));
    const role = get('role');
    const roleEntry = role ? [{ role: role.toLowerCase(), municipality: get('municipality'), party: get('party'), where }] : [];
    if (same) {
      const clash = ids.find((k) => same[k] !== null && same[k]!.toLowerCase() !== row[k]!.toLowerCase()) ?? (same.name !== row.name ? 'name' : undefined);
      if (clash) {
        errors.push(`${where}: dubbele persoon — ${ids.map((k) => `${k} ${row[k]}`).join(', ')} staat al bij ${same.where} met een andere ${clash === 'name' ? 'naam' : clash} ("${clash === 'name' ? same.name : same[clash]}").`);
        return;
      }
      for (const k of ids) same[k] = row[k];
      same.roles.push(...roleEntry);
    } else people.push({ where: `${where} (${row.name || 'zonder naam'})`, ...row, roles: roleEntry });
  });
  return people;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SLACK_ID = /^[UW][A-Z0-9]{2,}$/;

/** Parses and validates a directory file. Throws a DomainError listing every problem (Dutch); returns entries ready to store. */
export function readDirectoryFile(fileName: string, content: string, known: { parties: PartyRecord[] }): DirectoryEntryInput[] {
  const errors: string[] = [];
  const csv = /\.csv$/i.test(fileName) || (!/\.ya?ml$/i.test(fileName) && /^[^:\n]*,[^:\n]*\n/.test(content));
  const raw = csv ? parseCsvEntries(content, errors) : parseYamlEntries(content, errors);
  const municipalities = [...new Set(known.parties.map((p) => p.municipality))];
  const findMunicipality = (m: string) => municipalities.find((x) => x.toLowerCase() === m.toLowerCase()) ?? null;
  const seen = new Map<string, string>();
  const entries: DirectoryEntryInput[] = [];

  for (const e of raw) {
    const before = errors.length;
    if (!e.name) errors.push(`${e.where}: naam ontbreekt.`);
    if (!e.email && !e.consoleId && !e.slackUserId && !e.teamsUserId) errors.push(`${e.where}: geen e-mail, consoleId, slackUserId of teamsUserId — zo kan ik deze persoon niet bereiken of herkennen.`);
    if (e.email && !EMAIL.test(e.email)) errors.push(`${e.where}: '${e.email}' is geen e-mailadres.`);
    if (e.slackUserId && !SLACK_ID.test(e.slackUserId)) errors.push(`${e.where}: '${e.slackUserId}' is geen Slack-gebruikers-id (zoals U0123ABCD).`);
    for (const k of ['email', 'consoleId', 'slackUserId', 'teamsUserId'] as const) {
      const v = e[k];
      if (!v) continue;
      const key = `${k}:${v.toLowerCase()}`;
      const other = seen.get(key);
      if (other) errors.push(`${e.where}: dubbele persoon — ${k} '${v}' staat ook bij ${other}.`);
      else seen.set(key, e.where);
    }
    const roles: PersonRole[] = [];
    for (const r of e.roles) {
      const where = `${e.where}, ${r.where}`;
      if (r.role === 'admin' || r.role === 'beheerder') {
        roles.push({ role: 'admin', municipality: null, party: null });
        continue;
      }
      if (r.role === 'coordinator' || r.role === 'coördinator') {
        if (!r.municipality) errors.push(`${where}: een coördinator hoort bij een gemeente (municipality ontbreekt).`);
        else if (!findMunicipality(r.municipality)) errors.push(`${where}: gemeente '${r.municipality}' komt in geen document voor${municipalities.length ? ` (bekend: ${municipalities.join(', ')})` : ''}.`);
        else roles.push({ role: 'coordinator', municipality: findMunicipality(r.municipality), party: null });
        continue;
      }
      if (r.role !== 'reporter' && r.role !== 'rapporteur') {
        errors.push(`${where}: onbekende rol '${r.role}' (kies rapporteur, coördinator of beheerder).`);
        continue;
      }
      if (!r.party) {
        errors.push(`${where}: een rapporteur hoort bij een partij (party ontbreekt).`);
        continue;
      }
      const scope = r.municipality ? [findMunicipality(r.municipality)] : municipalities;
      if (r.municipality && !scope[0]) {
        errors.push(`${where}: gemeente '${r.municipality}' komt in geen document voor${municipalities.length ? ` (bekend: ${municipalities.join(', ')})` : ''}.`);
        continue;
      }
      const matches = scope.flatMap((m) => (m ? [resolveParty(r.party!, m, known.parties)].filter((p) => p !== null) : []));
      if (matches.length === 0) {
        const names = known.parties.filter((p) => !r.municipality || p.municipality === scope[0]).map((p) => p.name);
        errors.push(`${where}: partij '${r.party}' komt in geen document${r.municipality ? ` van ${scope[0]}` : ''} voor${names.length ? ` (bekend: ${names.join(', ')})` : ''}.`);
      } else if (matches.length > 1) {
        errors.push(`${where}: partij '${r.party}' bestaat in meerdere gemeenten (${matches.map((p) => p!.municipality).join(', ')}); vul municipality in.`);
      } else roles.push({ role: 'reporter', municipality: matches[0]!.municipality, party: matches[0]!.name });
    }
    if (errors.length > before) continue;
    const unique = roles.filter((r, i) => roles.findIndex((x) => x.role === r.role && x.municipality === r.municipality && x.party === r.party) === i);
    entries.push({ name: e.name, email: e.email, consoleId: e.consoleId, slackUserId: e.slackUserId, teamsUserId: e.teamsUserId, roles: unique });
  }
  if (errors.length) {
    throw new DomainError('directory_invalid', `${fileName}: ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}, er is niets gewijzigd:\n- ${errors.join('\n- ')}`);
  }
  return entries;
}
