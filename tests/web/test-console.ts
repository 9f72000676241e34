import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import type { MessageHandler, Person, DirectoryLookup } from '../../src/core/people.js';
import type { Logger } from '../../src/core/ports.js';
import { createConversationEngine, type QaPort } from '../../src/conversation/engine.js';
import { createHttpServer } from '../../src/channels/web/http-server.js';
import { createWebConsole, type DashboardRenderer } from '../../src/channels/web/web-console.js';
import { createWebAuth, type PersonByEmail } from '../../src/channels/web/auth/web-auth.js';
import { createWebSessionStore } from '../../src/storage/web-session-store.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import { createAnswerStore, createEventLog, createOutboxStore } from '../../src/storage/conversation-store.js';
import type { Db } from '../../src/storage/database.js';
import { openTempDb } from '../helpers/temp-db.js';

/*
 * A console assembled from the real engine, stores and HTTP server, with test-only parts: a fixed
 * QaPort, an in-memory directory, a tiny progress-form handler and two hand-built documents.
 */

export const people: Person[] = [
  {
    id: 'p-anna',
    name: 'Anna de Vries',
    email: 'anna@example.nl',
    slackUserId: null,
    teamsUserId: null,
    consoleId: 'anna',
    roles: [{ role: 'reporter', municipality: 'Almelo', party: 'Sint Joseph' }],
  },
  {
    id: 'p-bram',
    name: 'Bram <Bakker>',
    email: null,
    slackUserId: 'U1',
    teamsUserId: null,
    consoleId: 'bram',
    roles: [{ role: 'coordinator', municipality: 'Almelo', party: null }],
  },
  { id: 'p-carla', name: 'Carla Slack-only', email: null, slackUserId: 'U2', teamsUserId: null, consoleId: null, roles: [] },
];

export const directory = {
  async findByChannelUser(channel, userId) {
    return people.find((p) => (channel === 'web' ? p.consoleId === userId : channel === 'slack' ? p.slackUserId === userId : false)) ?? null;
  },
  async findByEmail(email: string) {
    return people.find((p) => p.email?.toLowerCase() === email.toLowerCase()) ?? null;
  },
  async getPerson(id) {
    return people.find((p) => p.id === id) ?? null;
  },
  async listPeople() {
    return people;
  },
} satisfies DirectoryLookup & PersonByEmail;

export const almelo: ExtractedDocument = {
  municipality: 'Almelo',
  title: 'Prestatieafspraken 2022 t/m 2026 — Actieprogramma 2026',
  period: { from: 2022, to: 2026 },
  actionYear: 2026,
  parties: [
    { name: 'Gemeente Almelo', kind: 'gemeente', aliases: ['Gemeente'] },
    { name: 'Sint Joseph', kind: 'corporatie', aliases: [] },
    { name: 'Beter Wonen', kind: 'corporatie', aliases: [] },
  ],
  warnings: ['Afspraak 9: geen regie op realisatie gevonden'],
  agreements: [
    {
      number: '1',
      chapterNumber: 1,
      chapterTitle: 'Flexibele woningvoorraad',
      kind: 'focus',
      title: 'Sturen op vernieuwing van de sociale huurvoorraad',
      multiYearText: 'Alle partijen zetten zich in voor een woningvoorraad die overeenkomt met de vraag.',
      yearText: 'We geven uitvoering aan de stadsbrede afspraken programmering sociale huurwoningen.',
      responsible: ['Gemeente', 'Beter Wonen', 'Sint Joseph'],
      originalText: '1) Sturen op vernieuwing van de sociale huurvoorraad ...',
      targets: [],
    },
    {
      number: '7',
      chapterNumber: 2,
      chapterTitle: 'Evenwichtige en gevarieerde woningvoorraad',
      kind: 'regulier',
      title: 'Verkoop van huurwoningen',
      multiYearText: 'Corporaties verkopen beperkt huurwoningen, vooral verspreid bezit.\nDe opbrengst wordt geïnvesteerd in nieuwbouw.',
      yearText: 'Sint Joseph verkoopt in 2026 ca. 22 woningen. Beter Wonen verkoopt 10 woningen.',
      responsible: ['Sint Joseph', 'Beter Wonen'],
      originalText: '7) Verkoop van huurwoningen ...',
      targets: [
        { party: 'Sint Joseph', value: 22, approximate: true, unit: 'woningen', verb: 'verkopen', sentence: 'Sint Joseph verkoopt in 2026 ca. 22 woningen.' },
        { party: 'Beter Wonen', value: 10, approximate: false, unit: 'woningen', verb: 'verkopen', sentence: 'Beter Wonen verkoopt 10 woningen.' },
      ],
    },
    {
      number: '9',
      chapterNumber: 3,
      chapterTitle: 'Toekomstbestendige en duurzame woningvoorraad',
      kind: null,
      title: 'Huur <script>alert("x")</script> & zonnepanelen',
      multiYearText: 'Zonnepanelen op <b>alle</b> daken.',
      yearText: '',
      responsible: [],
      originalText: '',
      targets: [],
    },
  ],
};

export const almere: ExtractedDocument = {
  municipality: 'Almere',
  title: 'Prestatieafspraken 2025-2029',
  period: { from: 2025, to: 2029 },
  actionYear: null,
  parties: [{ name: 'Gemeente Almere', kind: 'gemeente', aliases: [] }],
  warnings: [],
  agreements: [
    {
      number: '3',
      chapterNumber: null,
      chapterTitle: 'Betaalbaarheid',
      kind: 'focus',
      title: 'Huurverhoging beperken',
      multiYearText: 'De huurverhoging blijft onder de inflatie.',
      yearText: '',
      responsible: ['Gemeente'],
      originalText: '',
      targets: [],
    },
  ],
};

/** A fixed answer citing Almelo 7, as the real Q&A would for "verkoop in 2026". */
export const qa: QaPort = {
  async ask(question) {
    return {
      answer: `Over "${question}": in 2026 verkoopt *Sint Joseph* ca. 22 woningen en Beter Wonen 10 woningen.`,
      found: true,
      citations: [
        {
          municipality: 'Almelo',
          number: '7',
          title: 'Verkoop van huurwoningen',
          chapter: 'Evenwichtige en gevarieerde woningvoorraad',
          passage: 'Sint Joseph verkoopt in 2026 ca. 22 woningen.',
        },
      ],
    };
  },
};

/** A two-step stand-in for the progress form: "voortgang" asks for a status with buttons, then for a note. */
export function createTestFormHandler(): MessageHandler {
  const waitingForNote = new Set<string>();
  return {
    name: 'test-form',
    async handle(message) {
      if (message.action?.id.startsWith('form:status:')) {
        waitingForNote.add(message.userId);
        return [{ kind: 'form', text: `Status "${message.action.id.slice(12)}" genoteerd. Wil je een toelichting geven? Typ die hieronder.` }];
      }
      if (waitingForNote.delete(message.userId)) return [{ kind: 'form', text: `Toelichting opgeslagen: ${message.text ?? ''}` }];
      if (message.text?.trim().toLowerCase() !== 'voortgang') return null;
      return [
        {
          kind: 'form',
          title: 'Voortgang Q1 2026 — Almelo 7. Verkoop van huurwoningen',
          text: 'Hoe staat deze afspraak ervoor?',
          actions: [
            { id: 'form:status:op-schema', label: 'Op schema', style: 'primary' },
            { id: 'form:status:vertraagd', label: 'Vertraagd' },
            { id: 'form:status:gereed', label: 'Gereed' },
          ],
        },
      ];
    },
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

type ConsoleOptions = { dashboard?: DashboardRenderer; health?: () => Promise<boolean> };

/** Serves a web console over an open, seeded database on a random port. */
async function serveConsole(db: Db, options: ConsoleOptions) {
  const agreements = createAgreementRepository(db);
  const outbox = createOutboxStore(db);
  const now = () => new Date('2026-03-16T09:00:00+01:00');
  const engine = createConversationEngine({
    qa,
    agreements,
    directory,
    events: createEventLog(db),
    answers: createAnswerStore(db),
    handlers: [createTestFormHandler()],
    clock: { now },
    logger: silentLogger,
  });
  const auth = createWebAuth({ mode: 'local', secureCookies: false, sessionTtlMs: 3600_000, sessions: createWebSessionStore(db), directory, now: () => new Date(), logger: silentLogger });
  const adapter = createWebConsole({
    auth,
    engine,
    agreements,
    directory,
    inbox: { inbox: (user) => outbox.inbox('web', user) },
    dashboard: options.dashboard,
    now,
    health: options.health,
    logger: silentLogger,
  });
  const server: Server = createHttpServer(adapter.routes, silentLogger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    outbox,
    adapter,
    /** Picks a console user in the local picker; returns the session cookie to send along. */
    async signIn(user: string): Promise<string> {
      const res = await fetch(`${url}/api/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ user }) });
      if (res.status !== 200) throw new Error(`picker answered ${res.status}: ${await res.text()}`);
      return res.headers.getSetCookie()[0]!.split(';')[0]!;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Starts the console on a random port over a fresh temporary database with the two test documents. */
export async function startTestConsole(options: ConsoleOptions = {}) {
  const db = await openTempDb();
  const agreements = createAgreementRepository(db);
  await agreements.saveDocument(almelo, { sourceName: 'almelo.txt', format: 'txt', contentHash: 'h-almelo' });
  await agreements.saveDocument(almere, { sourceName: 'almere.txt', format: 'txt', contentHash: 'h-almere' });
  const served = await serveConsole(db, options);
  return {
    ...served,
    db,
    /** A second console over the same database with other options (no dashboard, failing health check). */
    variant: (other: ConsoleOptions) => serveConsole(db, other),
    async close() {
      await served.close();
      await db.cleanup();
    },
  };
}
