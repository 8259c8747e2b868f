import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { requireJsonWrites, requireLogin } from './access';
import { AuditLog } from './audit';
import { auditRoutes } from './auditRoutes';
import { authRoutes } from './authRoutes';
import { ApiError, errorHandler } from './errors';
import { exportRoutes } from './exportRoutes';
import { kpiRoutes } from './kpiRoutes';
import { LoginThrottle } from './loginThrottle';
import { resourceRoutes } from './resourceRoutes';
import { Sessions } from './sessions';
import { statsRoutes } from './statsRoutes';
import { openStore, type Store } from './store';
import { userRoutes } from './userRoutes';
import { UserStore } from './users';

export interface AppOptions {
  dataDir: string;
  seedFile: string;
  /** The built panel; served on the same origin so no CORS is needed. */
  staticDir?: string;
  clock?: () => Date;
  secureCookies?: boolean;
}

export interface App {
  app: Express;
  store: Store;
  users: UserStore;
  sessions: Sessions;
  audit: AuditLog;
  /** True when this start created the store from the seed. */
  created: boolean;
}

/** Composes the server in order: headers → session → login → roles/protocol/validation/integrity → json-server → errors. */
export function createApp(options: AppOptions): App {
  const clock = options.clock ?? (() => new Date());
  const { store, created } = openStore(options.dataDir, options.seedFile, clock());
  const users = new UserStore(options.dataDir);
  // Sessions and login locks run on real time; `clock` is the domain's (deadlines, audit).
  const sessions = new Sessions();
  const audit = new AuditLog(options.dataDir, clock);
  const throttle = new LoginThrottle();
  const secureCookies = options.secureCookies ?? false;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      // Over plain http (a local install) an upgrade to https would break every asset.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: secureCookies ? [] : null } },
      strictTransportSecurity: secureCookies,
    }),
  );

  app.use('/api', requireJsonWrites, express.json({ limit: '1mb' }));
  app.use('/api', sessions.middleware());
  app.use('/api/auth', authRoutes({ users, sessions, audit, throttle, secureCookies }));
  app.use('/api', requireLogin);
  app.use('/api/users', userRoutes(users, sessions, audit));
  app.use('/api/auditLog', auditRoutes(audit));
  app.use('/api/stats', statsRoutes(store, clock));
  app.use('/api/kpi', kpiRoutes(store, audit, clock));
  app.use('/api/exports', exportRoutes(store, audit, clock));
  app.use('/api', resourceRoutes({ store, audit, clock }));
  app.use('/api', (_req, _res, next) => next(new ApiError(404, 'Ikke fundet')));

  const index = options.staticDir && path.join(options.staticDir, 'index.html');
  if (options.staticDir && index && fs.existsSync(index)) {
    app.use(express.static(options.staticDir, { index: false }));
    // The panel routes in the browser (#/incidents), so every other GET gets the page.
    app.get('*', (_req, res) => res.sendFile(index));
  }
  app.use(errorHandler);
  return { app, store, users, sessions, audit, created };
}
