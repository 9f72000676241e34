/** Governance meetings (bestuurlijk overleg) per municipality. */
import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import { municipalityIn } from './municipality-match.js';

export interface MeetingRecord {
  id: string;
  municipality: string;
  title: string;
  date: Date;
  createdAt: Date;
}

export interface MeetingStore {
  /** Adds a meeting; `created: false` when the same municipality, date and title already exists. */
  add(m: { municipality: string; title: string; date: Date }): Promise<{ meeting: MeetingRecord; created: boolean }>;
  list(filter?: { municipality?: string; from?: Date; to?: Date }): Promise<MeetingRecord[]>;
  get(id: string): Promise<MeetingRecord | null>;
  remove(id: string): Promise<boolean>;
}

export function createMeetingStore(db: Db): MeetingStore {
  const { prisma } = db;
  return {
    async add(m) {
      const existing = await prisma.meeting.findUnique({ where: { municipality_date_title: m } });
      if (existing) return { meeting: existing, created: false };
      // Two writers at once: the unique index decides; the loser reads the winner's row.
      const rows = await db.sql.query<{ id: string }>(
        'INSERT INTO "Meeting" (id, municipality, title, date, "createdAt") VALUES ($4, $1, $2, $3, now()) ON CONFLICT (municipality, date, title) DO NOTHING RETURNING id',
        [m.municipality, m.title, m.date.toISOString(), randomUUID()],
      );
      const meeting = await prisma.meeting.findUniqueOrThrow({ where: { municipality_date_title: m } });
      return { meeting, created: rows.length === 1 };
    },
    async list(filter = {}) {
      return prisma.meeting.findMany({
        where: {
          ...(filter.municipality ? { municipality: await municipalityIn(db.sql, 'Meeting', filter.municipality) } : {}),
          ...(filter.from || filter.to ? { date: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
        },
        orderBy: [{ date: 'asc' }, { municipality: 'asc' }],
      });
    },
    async get(id) {
      return prisma.meeting.findUnique({ where: { id } });
    },
    async remove(id) {
      const r = await prisma.meeting.deleteMany({ where: { id } });
      return r.count > 0;
    },
  };
}
