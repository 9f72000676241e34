import type { Person as PersonRow, Role as RoleRow } from '@prisma/client';
import { DomainError } from '../core/errors.js';
import type { ChannelName } from '../core/messages.js';
import type { DirectoryLookup, Person, PersonRole, RoleName } from '../core/people.js';
import type { DirectoryEntryInput, PartyRecord } from '../core/progress.js';
import type { Db } from './database.js';
import { municipalityIn } from './municipality-match.js';


export interface DirectoryImportResult {
  created: number;
  updated: number;
  roles: number;
}

type Row = PersonRow & { roles: RoleRow[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toPerson(row: Row): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    slackUserId: row.slackUserId,
    teamsUserId: row.teamsUserId,
    consoleId: row.consoleId,
    roles: row.roles
      .map((r) => ({ role: r.role as RoleName, municipality: r.municipality, party: r.party }))
      .sort((a, b) => `${a.role}${a.municipality}${a.party}`.localeCompare(`${b.role}${b.municipality}${b.party}`)),
  };
}

const sameRole = (a: PersonRole, b: PersonRole) => a.role === b.role && (a.municipality ?? null) === (b.municipality ?? null) && (a.party ?? null) === (b.party ?? null);

/** Prisma implementation of the directory: people, their roles, and the parties the documents name. */
export function createDirectoryRepository(db: Db) {
  const { prisma } = db;
  const include = { roles: true } as const;

  const repo = {
    async findByChannelUser(channel: ChannelName, userId: string): Promise<Person | null> {
      // The console speaks as the console id, or as the person id when someone signed in without one.
      const where =
        channel === 'slack'
          ? { slackUserId: userId }
          : channel === 'teams'
            ? { teamsUserId: userId }
            : UUID.test(userId)
              ? { OR: [{ consoleId: userId }, { id: userId }] }
              : { consoleId: userId };
      const row = await prisma.person.findFirst({ where, include });
      return row ? toPerson(row) : null;
    },

    /** The person with this e-mail address (case-insensitive), as a sign-in provider reports it. */
    async findByEmail(email: string): Promise<Person | null> {
      const address = email.trim();
      if (!address.includes('@')) return null;
      const row = await prisma.person.findFirst({ where: { email: { equals: address, mode: 'insensitive' } }, include });
      return row ? toPerson(row) : null;
    },

    async getPerson(id: string): Promise<Person | null> {
      const row = await prisma.person.findUnique({ where: { id }, include });
      return row ? toPerson(row) : null;
    },

    async listPeople(): Promise<Person[]> {
      const rows = await prisma.person.findMany({ include, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
      return rows.map(toPerson);
    },

    /** Finds a person by any identifier: id, e-mail, console, Slack or Teams user id. */
    async findByIdentifier(identifier: string): Promise<Person | null> {
      const id = identifier.trim();
      const row = await prisma.person.findFirst({
        where: {
          OR: [
            { email: { equals: id, mode: 'insensitive' } },
            { consoleId: id },
            { slackUserId: id },
            { teamsUserId: id },
            ...(/^[0-9a-f-]{36}$/i.test(id) ? [{ id }] : []),
          ],
        },
        include,
      });
      return row ? toPerson(row) : null;
    },

    /** People with a role, optionally for one municipality and/or party (names compared case-insensitively). */
    async listWithRole(role: RoleName, filter: { municipality?: string; party?: string } = {}): Promise<Person[]> {
      const rows = await prisma.person.findMany({
        where: {
          roles: {
            some: {
              role,
              ...(filter.municipality ? { municipality: await municipalityIn(db.sql, 'Role', filter.municipality) } : {}),
              ...(filter.party ? { party: { equals: filter.party, mode: 'insensitive' as const } } : {}),
            },
          },
        },
        include,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toPerson);
    },

    async listParties(municipality?: string): Promise<PartyRecord[]> {
      const rows = await prisma.party.findMany({
        where: municipality ? { municipality: await municipalityIn(db.sql, 'Party', municipality) } : {},
        orderBy: [{ municipality: 'asc' }, { name: 'asc' }],
      });
      return rows.map((r) => ({ municipality: r.municipality, name: r.name, kind: r.kind, aliases: r.aliases }));
    },

    async listMunicipalities(): Promise<string[]> {
      const rows = await prisma.party.findMany({ distinct: ['municipality'], select: { municipality: true }, orderBy: { municipality: 'asc' } });
      return rows.map((r) => r.municipality);
    },

    /**
     * Creates or updates the people of an import in one transaction. A person is matched on e-mail, console,
     * Slack or Teams id; their roles become exactly the file's roles. When one entry matches two different
     * people, nothing is changed.
     */
    async applyImport(entries: DirectoryEntryInput[]): Promise<DirectoryImportResult> {
      return prisma.$transaction(
        async (tx) => {
          const result: DirectoryImportResult = { created: 0, updated: 0, roles: 0 };
          for (const e of entries) {
            const ors = [
              e.email ? { email: { equals: e.email, mode: 'insensitive' as const } } : null,
              e.consoleId ? { consoleId: e.consoleId } : null,
              e.slackUserId ? { slackUserId: e.slackUserId } : null,
              e.teamsUserId ? { teamsUserId: e.teamsUserId } : null,
            ].filter((x): x is NonNullable<typeof x> => x !== null);
            const matches = ors.length ? await tx.person.findMany({ where: { OR: ors } }) : [];
            if (matches.length > 1) {
              throw new DomainError(
                'directory_conflict',
                `${e.name}: de gegevens passen bij ${matches.length} verschillende mensen in de lijst (${matches.map((m) => m.name).join(', ')}). Er is niets gewijzigd.`,
              );
            }
            const data = {
              name: e.name,
              ...(e.email ? { email: e.email } : {}),
              ...(e.consoleId ? { consoleId: e.consoleId } : {}),
              ...(e.slackUserId ? { slackUserId: e.slackUserId } : {}),
              ...(e.teamsUserId ? { teamsUserId: e.teamsUserId } : {}),
            };
            let personId: string;
            if (matches[0]) {
              personId = matches[0].id;
              await tx.person.update({ where: { id: personId }, data });
              await tx.role.deleteMany({ where: { personId } });
              result.updated++;
            } else {
              personId = (await tx.person.create({ data })).id;
              result.created++;
            }
            for (const r of e.roles) {
              await tx.role.create({ data: { personId, role: r.role, municipality: r.municipality, party: r.party } });
              result.roles++;
            }
          }
          return result;
        },
        { timeout: 60_000, maxWait: 30_000 },
      );
    },

    /** Adds a role; false when the person already has it. */
    async addRole(personId: string, role: PersonRole): Promise<boolean> {
      const existing = await prisma.role.findMany({ where: { personId } });
      if (existing.some((r) => sameRole({ role: r.role as RoleName, municipality: r.municipality, party: r.party }, role))) return false;
      await prisma.role.create({ data: { personId, role: role.role, municipality: role.municipality, party: role.party } });
      return true;
    },

    /** Removes a role; false when the person did not have it. */
    async removeRole(personId: string, role: PersonRole): Promise<boolean> {
      const { count } = await prisma.role.deleteMany({ where: { personId, role: role.role, municipality: role.municipality, party: role.party } });
      return count > 0;
    },
  };
  return repo satisfies DirectoryLookup;
}

export type DirectoryRepository = ReturnType<typeof createDirectoryRepository>;
