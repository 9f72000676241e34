import type { WebSessionKind, WebSessionRecord, WebSessionStore } from '../core/sessions.js';
import type { Db } from './database.js';

/** Prisma implementation of the console's sessions. */
export function createWebSessionStore(db: Db): WebSessionStore {
  const { prisma } = db;
  return {
    async create(s) {
      await prisma.webSession.create({
        data: { id: s.id, kind: s.kind, userId: s.userId, personId: s.personId, email: s.email, name: s.name, login: s.login ?? undefined, expiresAt: s.expiresAt },
      });
    },
    async get(id, now) {
      const row = await prisma.webSession.findUnique({ where: { id } });
      if (!row) return null;
      if (row.expiresAt <= now) {
        await prisma.webSession.deleteMany({ where: { id } });
        return null;
      }
      return { ...row, kind: row.kind as WebSessionKind, login: row.login ?? null } satisfies WebSessionRecord;
    },
    async remove(id) {
      const { count } = await prisma.webSession.deleteMany({ where: { id } });
      return count > 0;
    },
    async purgeExpired(now) {
      const { count } = await prisma.webSession.deleteMany({ where: { expiresAt: { lte: now } } });
      return count;
    },
  };
}
