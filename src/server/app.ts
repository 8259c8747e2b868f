import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { requireJsonWrites, requireLogin, requireStorableText } from './http/guards';
import { auditRoutes } from './routes/auditLog';
import { authRoutes } from './routes/auth';
import { sweepAuth } from './changes/auth';
import { migrateMemberships } from './changes/memberships';
import { ApiError } from './errors/apiError';
import { errorHandler } from './http/errorHandler';
import { requestLog } from './http/requestLog';
import { logger } from './log/logger';
import { deadlineRoute } from './routes/deadline';
import { exportRoutes } from './routes/exports';
import { refuseDeepJson, refuseDeepValue } from './http/jsonDepth';
import { kpiRoutes } from './routes/kpi';
import { mailRoutes } from './routes/incidentSteps';
import { startOutbox } from './mail/outbox';
import { replyRoutes } from './routes/replies';
import { smsStatusRoutes } from './routes/smsStatus';
import { mailSettings, type MailOptions } from './mail/settings';
import { resourceRoutes } from './routes/resources';
import { redactAuditLog, scheduleRetention } from './jobs/retention';
import { retentionRoutes } from './routes/retention';
import { sessionMiddleware } from './http/sessions';
import { refusalTally } from './http/refusals';
import { secondFactorGate } from './http/secondFactorGate';
import { secondFactorRoutes } from './routes/secondFactor';
import { sessionRoutes } from './routes/sessions';
import { settingsRoutes } from './routes/settings';
import { userSignInRoutes } from './routes/userSignIn';
import { secretBox, secretKeyFrom } from './identity/secretBox';
import { statsRoutes } from './routes/stats';
import { startRoutes } from './routes/start';
import { diskRoutes } from './routes/disk';
import { demoRoutes } from './routes/demo';
import { markDemoOf } from './jobs/demo';
import { healthRoute, requireStore } from './http/health';
import { metricsRoute, timeRequests } from './http/metrics';
import { panelFiles } from './http/panelFiles';
import { asStatic } from './http/routeLabel';
import { createMetrics } from './ops/metrics';
import { openStore } from './store/open';
import type { Store } from './store/store';
import { userRoutes } from './routes/users';
import { directoryLinkRoute, directoryMappingRoutes } from './routes/directoryMappings';
import { oidcRoutes, signInOptionsRoute } from './routes/oidc';
import { passwordLinkRoutes } from './routes/passwordLinks';
import { reportingLinkRoutes } from './routes/reportingLinks';
import { reportingRoundRoutes } from './routes/reportingRounds';
import { OidcClient, type OidcOptions } from './identity/oidc';

export interface AppOptions {
  dataDir: string;
  /** The demo data; also how a store from before demo marks finds its demo programmes. */
  seedFile: string;
  /** DEMO=false: a first start creates an empty store (no demo programmes), the first admin still made. */
  demo?: boolean;
  /** The built panel; served on the same origin so no CORS is needed. */
  staticDir?: string;
  /** The domain's clock (deadlines, audit, mailed password links); sessions and login locks run on real time. */
  clock?: () => Date;
  secureCookies?: boolean;
  /** Express's `trust proxy`, behind a reverse proxy: which hops' X-Forwarded-For to believe. */
  trustProxy?: string;
  /** Journal lines between snapshots of the embedded store. */
  snapshotLines?: number;
  /** The embedded store cannot go on (a disk error other than a full disk): index.ts exits, for a restart. */
  onStoreFatal?: (err: unknown) => void;
  /** PostgreSQL instead of files in dataDir. */
  databaseUrl?: string;
  /** SMTP_URL, MAIL_FROM, PUBLIC_URL: without an SMTP address mails are kept unsent. */
  mail?: MailOptions;
  /** Sign-in at the organisation's identity provider (OIDC_*); none: local accounts only. */
  oidc?: OidcOptions;
  /** LOCAL_LOGIN: false leaves the local form to system administrators (when OIDC is set up). */
  localLogin?: boolean;
  /** SECRET_KEY, which seals second-factor secrets; without it a key file in dataDir (made on the first start). */
  secretKey?: string;
  /** METRICS_TOKEN: GET /metrics answers only with it as a bearer token; without it there is no /metrics (404). */
  metricsToken?: string;
}

export interface App {
  app: Express;
  store: Store;
  close(): Promise<void>;
}

const SWEEP_EVERY_MS = 10 * 60 * 1000;

/** `TRUST_PROXY` as Express reads it: a boolean, a hop count, or addresses and subnets. */
function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Composes the server in order: request log → headers → session → login → roles/protocol/validation/integrity → store → errors. */
export async function createApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? (() => new Date());
  // Before the store opens: a SECRET_KEY too short stops the start, not the first sign-in.
  const box = secretBox(secretKeyFrom(options.secretKey, options.dataDir));
  const store = await openStore({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    seedFile: options.demo === false ? undefined : options.seedFile,
    clock,
    snapshotLines: options.snapshotLines,
    onFatal: options.onStoreFatal,
  });
  const secureCookies = options.secureCookies ?? false;
  const mail = mailSettings(options.mail);
  const app = express();
  app.disable('x-powered-by');
  // Answers are never cached (no-store), so an ETag would only cost a hash of every body.
  app.set('etag', false);
  app.set('query parser', 'simple');
  if (options.trustProxy) app.set('trust proxy', trustProxyValue(options.trustProxy));
  // First: every answer, a refusal too, has its request id and its line.
  app.use(requestLog(logger));
  // Nothing is measured without a token: no one could read it.
  const metrics = options.metricsToken
    ? createMetrics({ store, dataDir: options.dataDir, clock, refusedSoFar: () => refusals.refusedSoFar() })
    : undefined;
  // Early, so every request is timed, whatever answers it.
  if (metrics) app.use(timeRequests(metrics.requestDuration));
  app.use(
    helmet({
      // Over plain http (a local install) an upgrade to https would break every asset.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: secureCookies ? [] : null } },
      strictTransportSecurity: secureCookies,
    }),
  );

  app.use('/api', (_req, res, next) => {
    // Answers hold police contacts and notes: no cache keeps them.
    res.set('Cache-Control', 'no-store');
    next();
  });
  app.get('/api/health', healthRoute(store));
  // Outside /api: no session, and answered while the store cannot be reached.
  app.get('/metrics', metricsRoute(options.metricsToken, metrics?.registry));
  app.use('/api', requireStore(store));
  app.use('/svar', requireStore(store), replyRoutes(store, clock));
  const oidc = options.oidc && new OidcClient(options.oidc, mail.publicUrl);
  // Before the JSON guard: the provider's back-channel logout is a form post.
  if (oidc) app.use('/api/auth/oidc', oidcRoutes({ store, oidc, secureCookies }));
  app.use(
    '/api',
    requireJsonWrites,
    express.json({ limit: '1mb', verify: refuseDeepJson }),
    refuseDeepValue,
    requireStorableText,
  );
  // The SMS gateway's delivery reports: no session, a signature instead.
  app.use('/api/sms', smsStatusRoutes(store, mail.smsCallbackSecret));
  app.use('/api', sessionMiddleware(store));
  const refusals = refusalTally();
  // Before the second factor's gate: the login page asks it whatever the session.
  app.get('/api/auth/options', signInOptionsRoute(oidc, options.localLogin ?? true));
  app.use('/api', secondFactorGate(store));
  app.use('/api/auth/totp', secondFactorRoutes({ store, box, secureCookies, refusals }));
  app.use('/api/auth/sessions', sessionRoutes({ store, secureCookies }));
  app.use('/api/auth', passwordLinkRoutes({ store, mail, refusals, clock }));
  app.use('/api/auth', authRoutes({ store, secureCookies, refusals, oidc, localLogin: options.localLogin }));
  // A reporter's link: no account, only that reporter's part of the round (src/server/routes/reportingLinks.ts).
  app.use('/api/indberetning', reportingLinkRoutes({ store, refusals }));
  app.use('/api', requireLogin);
  app.use('/api/settings', settingsRoutes(store));
  app.use('/api/users/:id/directory-link', directoryLinkRoute(store));
  app.use('/api/users', userSignInRoutes(store));
  app.use('/api/users', userRoutes(store, mail, clock));
  app.use('/api/directoryMappings', directoryMappingRoutes(store));
  app.use('/api/auditLog', auditRoutes(store));
  app.use('/api/stats', statsRoutes(store, clock));
  app.use('/api/kpi', kpiRoutes(store));
  app.use('/api/exports', exportRoutes(store, clock));
  app.use('/api/retention', retentionRoutes(store, clock));
  app.use('/api', startRoutes(store));
  app.use('/api', diskRoutes(store, options.dataDir));
  app.use('/api', demoRoutes(store));
  app.use(
    '/api',
    mailRoutes(store, clock, { mail: mail.smtpUrl !== undefined, sms: mail.sms !== undefined }),
  );
  app.use('/api', deadlineRoute(store, clock));
  app.use('/api/reportingRounds', reportingRoundRoutes(store, clock));
  app.use('/api', resourceRoutes({ store, clock }));
  app.use('/api', (_req, _res, next) => next(new ApiError(404, 'Ikke fundet')));

  // A mailed password link opens the panel's page for it (the panel routes after the #).
  app.get('/adgangskode/:token', (req, res) =>
    res.redirect(303, `/#/adgangskode/${encodeURIComponent(req.params.token ?? '')}`),
  );
  // A reporter's mailed link opens the panel's form for it, the same way.
  app.get('/indberet/:token', (req, res) =>
    res.redirect(303, `/#/indberet/${encodeURIComponent(req.params.token ?? '')}`),
  );
  const panel =
    options.staticDir && fs.existsSync(path.join(options.staticDir, 'index.html'))
      ? panelFiles(options.staticDir)
      : undefined;
  if (panel) {
    // Hashed, so kept a year; precompressed, so sent as brotli or gzip when the browser asks.
    app.use('/assets', asStatic(panel.assets));
    // The page, the service worker and its manifest: asked again each visit, so a deploy is seen.
    app.use(asStatic(panel.files));
    // The panel routes in the browser (#/incidents), so every other GET gets the page.
    app.get('*', asStatic(panel.page));
  }
  app.use(errorHandler);

  await store.commit(migrateMemberships());
  await markDemoOf(store, options.seedFile);
  const sweep = () =>
    Promise.all([
      store.commit(sweepAuth(Date.now(), clock().getTime())),
      refusals.flush(store, Date.now()),
    ]).catch((err: unknown) => logger.error({ err }, 'Oprydning i sessioner og låse mislykkedes'));
  await sweep();
  const sweeper = setInterval(sweep, SWEEP_EVERY_MS).unref();
  await redactAuditLog(store);
  const stopRetention = await scheduleRetention(store, clock);
  const outbox = startOutbox(store, clock, mail);
  return {
    app,
    store,
    async close() {
      clearInterval(sweeper);
      stopRetention();
      await outbox.stop();
      // Locks still holding are audited with what they refused so far: a restart must not lose it.
      await refusals
        .flush(store, Infinity)
        .catch((err: unknown) => logger.error({ err }, 'Låsenes afviste forsøg kunne ikke revideres'));
      await store.close();
    },
  };
}
