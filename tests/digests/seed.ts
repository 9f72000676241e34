import type { ExtractedDocument } from '../../src/core/agreement.js';
import type { Reply } from '../../src/core/messages.js';
import type { Notifier, NotifyResult } from '../../src/core/people.js';
import type { Clock } from '../../src/core/ports.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import type { Db } from '../../src/storage/database.js';

export const MUNICIPALITY = 'Almelo';

/** Four agreements in two themes; #2 has a target for Beter Wonen (22 woningen verkopen). */
export function almeloDoc(): ExtractedDocument {
  const a = (number: number, chapterTitle: string, title: string, responsible: string[], targets: ExtractedDocument['agreements'][number]['targets'] = []) => ({
    number: String(number),
    chapterNumber: ['Beschikbaarheid', 'Duurzaamheid', 'Leefbaarheid'].indexOf(chapterTitle) + 1,
    chapterTitle,
    kind: null,
    title,
    multiYearText: title,
    yearText: '',
    responsible,
    originalText: `${number}. ${title}`,
    targets,
  });
  return {
    municipality: MUNICIPALITY,
    title: 'Prestatieafspraken Almelo 2025-2028',
    period: { from: 2025, to: 2028 },
    actionYear: null,
    parties: [
      { name: 'Gemeente Almelo', kind: 'gemeente', aliases: ['Gemeente'] },
      { name: 'Beter Wonen', kind: 'corporatie', aliases: [] },
      { name: 'Huurdersbond', kind: 'huurders', aliases: [] },
    ],
    warnings: [],
    agreements: [
      a(1, 'Beschikbaarheid', 'Nieuwbouw sociale huur', ['Gemeente', 'Beter Wonen']),
      a(2, 'Beschikbaarheid', 'Verkoop huurwoningen', ['Beter Wonen'], [
        { party: 'Beter Wonen', value: 22, approximate: false, unit: 'woningen', verb: 'verkopen', sentence: 'Beter Wonen verkoopt 22 woningen.' },
      ]),
      a(3, 'Duurzaamheid', 'Isolatie bestaande voorraad', ['Beter Wonen', 'Huurdersbond']),
      a(4, 'Duurzaamheid', 'Energiecoaches', ['Gemeente']),
      a(5, 'Leefbaarheid', 'Buurtbeheer', ['Huurdersbond']),
    ],
  };
}

export async function seedAgreements(db: Db, doc = almeloDoc()) {
  await createAgreementRepository(db).saveDocument(doc, { sourceName: 'almelo.txt', format: 'text', contentHash: `h-${doc.municipality}-${doc.title}` });
}

/** Stores a report and its change row, as the progress form does. */
export async function report(
  db: Db,
  r: { quarter: string; number: string; party: string; status: string; note?: string; realised?: number; by?: string; at: Date; municipality?: string },
) {
  const municipality = r.municipality ?? MUNICIPALITY;
  const data = { status: r.status, note: r.note ?? null, realised: r.realised ?? null, updatedBy: r.by ?? 'p1' };
  await db.prisma.progressReport.upsert({
    where: { municipality_quarter_number_party: { municipality, quarter: r.quarter, number: r.number, party: r.party } },
    create: { municipality, quarter: r.quarter, number: r.number, party: r.party, ...data, createdAt: r.at },
    update: data,
  });
  await db.prisma.progressReportChange.create({
    data: { municipality, quarter: r.quarter, number: r.number, party: r.party, status: r.status, note: r.note ?? null, realised: r.realised ?? null, changedBy: r.by ?? 'p1', changedAt: r.at },
  });
}

export async function person(db: Db, name: string, roles: Array<{ role: string; municipality?: string | null; party?: string | null }>, extra: { consoleId?: string } = {}) {
  return db.prisma.person.create({
    data: { name, consoleId: extra.consoleId ?? null, roles: { create: roles.map((r) => ({ role: r.role, municipality: r.municipality ?? null, party: r.party ?? null })) } },
  });
}

export const fixedClock = (iso: string) => {
  let now = new Date(iso);
  return { now: () => now, set: (v: string | Date) => void (now = new Date(v)) } satisfies Clock & { set(v: string | Date): void };
};

export function recordingNotifier() {
  const sent: Array<{ to: string; replies: Reply[]; kind: string }> = [];
  const ok = (channel: 'web' | 'slack' | 'teams'): NotifyResult => ({ delivered: true, channels: [channel], failures: [] });
  const notifier = {
    async notify(personId: string, replies: Reply[], kind: string) {
      sent.push({ to: `person:${personId}`, replies, kind });
      return ok('web');
    },
    async post(channel: 'web' | 'slack' | 'teams' | 'cli', conversationId: string, replies: Reply[], kind: string) {
      sent.push({ to: `${channel}:${conversationId}`, replies, kind });
      return ok(channel === 'teams' ? 'teams' : 'slack');
    },
  } satisfies Notifier;
  return { notifier, sent };
}
