import { parseAgreementNumber } from '../../core/agreement.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChannelAdapter, HttpRoute } from '../../core/channel.js';
import type { DirectoryLookup } from '../../core/people.js';
import { createLogger } from '../../core/logger.js';
import type { AgreementRepository, ConversationEngine, Logger } from '../../core/ports.js';
import { isAdmin, mayCoordinate } from '../../core/permissions.js';
import type { ReviewPort } from '../../core/review.js';
import { createAssetRoutes } from './assets.js';
import { createAuthRoutes } from './auth/auth-routes.js';
import type { OidcClient } from './auth/oidc-client.js';
import type { WebAuth } from './auth/web-auth.js';
import { trusted } from './html.js';
import { createConsoleApiRoutes, type ConsoleInbox } from './console-api.js';
import { sendHtml, sendJson } from './http-server.js';
import { renderAgreementPage } from './pages/agreement-page.js';
import { filterAgreements, renderAgreementListPage } from './pages/agreements-page.js';
import { renderChatPage } from './pages/chat-page.js';
import {
  type DashboardFile,
  type DashboardFilters,
  parseDashboardFilters,
  renderDashboardIndex,
  renderDashboardPage,
  renderDashboardForbidden,
  renderDashboardUnavailable,
  type DashboardRenderer,
} from './pages/dashboard-page.js';
import { renderDeliveryPart, type DeliveryOverview } from './pages/delivery-part.js';
import { renderDocumentsPage } from './pages/documents-page.js';
import { renderErrorPage, renderNotFoundPage } from './pages/not-found-page.js';
import { renderReviewPage } from './pages/review-page.js';
import { renderThemesPage } from './pages/themes-page.js';
import { createReviewApiRoutes } from './review-api.js';
import { webTexts as t } from './texts.js';

export type { DashboardRenderer } from './pages/dashboard-page.js';

export interface WebConsoleDeps {
  engine: ConversationEngine;
  agreements: AgreementRepository;
  directory: DirectoryLookup;
  inbox: ConsoleInbox;
  /** Review pages, corrections and uploads (review/); without it the documents page only lists. */
  reviews?: ReviewPort;
  /** Progress matrix and digest previews (digests/); without it the dashboard says it is not available yet. */
  dashboard?: DashboardRenderer;
  now: () => Date;
  /** Sends that failed or wait for a retry (the outbox), shown on the dashboard. */
  deliveries?: () => Promise<DeliveryOverview>;
  /** Time zone of the times shown (default Europe/Amsterdam). */
  timeZone?: string;
  /** True when the database answers; defaults to a cheap repository query. */
  health?: () => Promise<boolean>;
  /** Where failures of dashboard parts and health checks are logged; defaults to stderr. */
  logger?: Logger;
  /** Sign-in: every page and API route below requires the user it finds. */
  auth: WebAuth;
  /** OpenID Connect, when the console signs people in through a provider. */
  oidc?: { client: OidcClient; redirectUri: string };
}

const urlOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://localhost');

/** "50 MB" for the upload hint and refusals. */
const formatLimit = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Path segments after a prefix, decoded; null when the encoding is broken. */
function segmentsAfter(pathname: string, prefix: string): string[] | null {
  try {
    return pathname
      .slice(prefix.length)
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

/**
 * A page route: renders HTML, and on failure shows a Dutch error page before the server logs the error.
 * Without `prefix` it still owns its sub-paths, so "/documents/" or "/themes/x" get a Dutch 404 page.
 */
function page(path: string, render: (req: IncomingMessage, res: ServerResponse) => Promise<void>, prefix = false): HttpRoute {
  return {
    method: 'GET',
    path,
    prefix: path !== '/',
    async handle(req, res) {
      try {
        const pathname = urlOf(req).pathname;
        if (!prefix && pathname !== path && pathname !== `${path}/`) {
          sendHtml(res, 404, renderNotFoundPage(t.notFound.page(pathname)));
          return;
        }
        await render(req, res);
      } catch (err) {
        if (!res.headersSent) sendHtml(res, 500, renderErrorPage());
        throw err;
      }
    },
  };
}

/** The local web console: chat, browse pages, progress dashboard, health check and the console API. */
export function createWebConsole(deps: WebConsoleDeps): ChannelAdapter {
  const { agreements, directory, dashboard, auth, reviews } = deps;
  const limitLabel = reviews ? formatLimit(reviews.maxUploadBytes) : '';
  const health = deps.health ?? (async () => (await agreements.countAgreements()) >= 0);
  const logger = deps.logger ?? createLogger('warn');

  const findMunicipality = async (name: string) => {
    const known = await agreements.listMunicipalities();
    return { known, municipality: known.find((m) => m.toLowerCase() === name.toLowerCase()) ?? null };
  };

  /** The sending overview, or null (and logged) when it cannot be read. */
  async function deliveryPart() {
    if (!deps.deliveries) return null;
    const d = await settle(deps.deliveries().then((x) => renderDeliveryPart(x, deps.timeZone).value), 'delivery');
    return d === null ? null : trusted(d);
  }

  async function settle(p: Promise<string>, what: string): Promise<string | null> {
    try {
      return await p;
    } catch (err) {
      // The rest of the dashboard stays useful; the failure is logged with what failed.
      logger.error('dashboard part failed', { part: what, error: String((err as Error).stack ?? err) });
      return null;
    }
  }

  /** A dashboard download as an attachment; an unknown file name is a 404 page, a failure a 500 page. */
  async function sendExport(res: ServerResponse, municipality: string, name: string, filters: DashboardFilters, pathname: string) {
    let file: DashboardFile | null = null;
    try {
      file = (await dashboard?.exportFile?.(municipality, name, filters)) ?? null;
    } catch (err) {
      logger.error('dashboard export failed', { municipality, file: name, error: String((err as Error).stack ?? err) });
      sendHtml(res, 500, renderErrorPage(t.dashboard.exportFailed));
      return;
    }
    if (!file) {
      sendHtml(res, 404, renderNotFoundPage(t.notFound.page(pathname), 'dashboard'));
      return;
    }
    const body = typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body;
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-length': body.length,
      'content-disposition': `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(body);
  }

  const pages: HttpRoute[] = [
    page('/', async (req, res) => {
      const user = auth.userOf(req);
      sendHtml(res, 200, renderChatPage({ user, people: user.via === 'local' ? await directory.listPeople() : [] }));
    }),
    page(
      '/documents',
      async (req, res) => {
        const url = urlOf(req);
        const segments = segmentsAfter(url.pathname, '/documents');
        const { person } = auth.userOf(req);
        if (segments?.length === 0) {
          const summaries = reviews
            ? await reviews.listDocuments()
            : (await agreements.listDocuments()).map((document) => ({ document, review: null, earlierReview: null, corrections: 0 }));
          const upload = reviews?.mayUpload(person) ? { maxBytes: reviews.maxUploadBytes, limitLabel } : undefined;
          sendHtml(res, 200, renderDocumentsPage(summaries, { upload, withReview: !!reviews }));
          return;
        }
        // /documents/<municipality>/<title>: the review page of the current version of that document.
        const review = reviews && segments?.length === 2 ? await reviews.findReview(segments[0]!, segments[1]!) : null;
        if (!reviews || !review) {
          const message = segments?.length === 2 ? t.review.notFound(segments[0]!, segments[1]!) : t.notFound.page(url.pathname);
          sendHtml(res, 404, renderNotFoundPage(message, 'documents'));
          return;
        }
        sendHtml(res, 200, renderReviewPage(review, { canEdit: reviews.mayReview(person, review.document.municipality), timeZone: reviews.timeZone }));
      },
      true,
    ),
    page('/themes', async (_req, res) => sendHtml(res, 200, renderThemesPage(await agreements.listAgreements()))),
    page(
      '/agreements',
      async (req, res) => {
        const url = urlOf(req);
        const segments = segmentsAfter(url.pathname, '/agreements');
        if (segments?.length === 0) {
          const asked = url.searchParams.get('municipality')?.trim() ?? '';
          const { known, municipality } = await findMunicipality(asked);
          const q = url.searchParams.get('q')?.trim() ?? '';
          const list = await agreements.listAgreements(municipality ? { municipality } : {});
          const notice = asked && !municipality ? t.notFound.municipality(asked) : undefined;
          sendHtml(res, 200, renderAgreementListPage({ agreements: filterAgreements(list, q), municipalities: known, municipality: municipality ?? '', q, notice }));
          return;
        }
        const [name = '', numberText = ''] = segments ?? [];
        const number = parseAgreementNumber(numberText);
        const agreement = segments?.length === 2 && number ? await agreements.getAgreement(name, number) : null;
        if (!agreement) {
          sendHtml(res, 404, renderNotFoundPage(segments?.length === 2 ? t.notFound.agreement(name, numberText) : t.notFound.page(url.pathname), 'agreements'));
          return;
        }
        sendHtml(res, 200, renderAgreementPage(agreement));
      },
      true,
    ),
    page(
      '/dashboard',
      async (req, res) => {
        if (!dashboard) {
          sendHtml(res, 200, renderDashboardUnavailable());
          return;
        }
        const url = urlOf(req);
        const segments = segmentsAfter(url.pathname, '/dashboard');
        const all = await dashboard.municipalities();
        // Progress and digests are for coordinators: only their own municipalities, all of them for an admin.
        const { person } = auth.userOf(req);
        const municipalities = all.filter((m) => mayCoordinate(person, m));
        if (segments?.length === 0) {
          sendHtml(res, 200, renderDashboardIndex(municipalities, all.length > 0, isAdmin(person) ? await deliveryPart() : null));
          return;
        }
        // /dashboard/<gemeente> or a download: /dashboard/<gemeente>/export/<bestand> (same permission check)
        const isExport = segments?.length === 3 && segments[1] === 'export';
        const wanted = segments?.length === 1 || isExport ? segments![0]! : '';
        const municipality = all.find((m) => m.toLowerCase() === wanted.toLowerCase());
        if (!municipality) {
          sendHtml(res, 404, renderNotFoundPage(wanted ? t.notFound.municipality(wanted) : t.notFound.page(url.pathname), 'dashboard'));
          return;
        }
        if (!mayCoordinate(person, municipality)) {
          sendHtml(res, 403, renderDashboardForbidden(municipality));
          return;
        }
        const filters = parseDashboardFilters(url.searchParams);
        if (isExport) {
          await sendExport(res, municipality, segments![2]!, filters, url.pathname);
          return;
        }
        const list = await agreements.listAgreements({ municipality });
        const parties = [...new Set(list.flatMap((a) => a.responsible))].sort((a, b) => a.localeCompare(b, 'nl'));
        const themes = [...new Set(list.map((a) => a.chapterTitle).filter((x): x is string => !!x))];
        const [matrix, weekly, meeting, delivery] = await Promise.all([
          settle(dashboard.matrixHtml(municipality, filters), 'matrix'),
          settle(dashboard.digestPreviewHtml(municipality, 'weekly'), 'weekly'),
          settle(dashboard.digestPreviewHtml(municipality, 'meeting'), 'meeting'),
          // Sends of every municipality: for admins only.
          isAdmin(person) ? deliveryPart() : null,
        ]);
        sendHtml(res, 200, renderDashboardPage({ municipality, municipalities, filters, parties, themes, matrix, weekly, meeting, delivery, exports: !!dashboard.exportFile }));
      },
      true,
    ),
  ];

  const healthz: HttpRoute = {
    method: 'GET',
    path: '/healthz',
    access: 'probe',
    async handle(_req, res) {
      const ok = await health().catch((err: unknown) => {
        logger.error('health check failed', { error: String((err as Error).stack ?? err) });
        return false;
      });
      if (ok) sendJson(res, 200, { ok: true });
      else sendJson(res, 503, { ok: false, message: 'De database is niet bereikbaar.' });
    },
  };

  const api = [
    ...createConsoleApiRoutes({ engine: deps.engine, inbox: deps.inbox, now: deps.now, userOf: auth.userOf }),
    ...(reviews ? createReviewApiRoutes({ reviews, userOf: auth.userOf, limitLabel }) : []),
  ].map((r) => auth.protect(r, 'api'));
  return {
    name: 'web',
    routes: [
      ...createAuthRoutes(auth, { oidc: deps.oidc?.client, redirectUri: deps.oidc?.redirectUri }),
      ...api,
      healthz,
      ...createAssetRoutes(),
      ...pages.map((r) => auth.protect(r, 'page')),
    ],
  };
}
