/**
 * What may import what (`npm run lint` runs it). Layers stack and every arrow points down:
 * domain ← log ← store ← changes ← access, list, mail, report ← http, routes ← app; the panel
 * beside the server, both on domain. No cycle between files, nor between folders.
 */
const SERVER_UPPER = '^src/server/(app|index)\\.ts$';
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle, even through a type: move the shared piece into the lower file.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment: 'Two folders that import each other: one of them is the lower layer, move the piece there.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-stands-alone',
      comment: 'src/domain is pure TypeScript: its own files and its libraries, no Node I/O.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/'] },
    },
    {
      name: 'domain-no-node-io',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'report-on-domain',
      comment: 'The workbook reads domain, never the server or the panel.',
      severity: 'error',
      from: { path: '^src/report/' },
      to: { path: '^src/(server|admin)/' },
    },
    {
      name: 'panel-on-domain',
      comment: 'The panel reads domain, never the server or the report.',
      severity: 'error',
      from: { path: '^src/admin/' },
      to: { path: '^src/(server|report)/' },
    },
    {
      name: 'server-not-panel',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/admin/' },
    },
    {
      name: 'server-layers',
      comment:
        'Server rooms stack: errors, worker, log ← store ← identity, access ← changes ← mail, jobs, list, kpiImport ← http ← routes ← app.',
      severity: 'error',
      from: { path: '^src/server/(errors|worker|log)/' },
      to: { path: '^src/server/(?!(errors|worker|log)/)' },
    },
    {
      name: 'store-below-requests',
      comment: 'The store knows nothing of HTTP, of who asks, or of the rules of a change.',
      severity: 'error',
      from: { path: '^src/server/store/' },
      to: { path: ['^src/server/(?!(store|errors|worker|log)/)', '^node_modules/(express|helmet|cookie)/'] },
    },
    {
      name: 'access-below-changes',
      comment: 'Who may do what is decided on the state; a change uses it, never the other way.',
      severity: 'error',
      from: { path: '^src/server/(identity|access)/' },
      to: { path: '^src/server/(changes|mail|jobs|list|kpiImport|http|routes)/' },
    },
    {
      name: 'changes-below-http',
      comment: 'A change decides a write; it never reads a request, a route, a mail outbox or a job.',
      severity: 'error',
      from: { path: '^src/server/changes/' },
      to: {
        path: [
          '^src/server/(mail|jobs|list|kpiImport|http|routes)/',
          '^node_modules/(express|helmet|cookie)/',
        ],
      },
    },
    {
      name: 'services-below-http',
      comment: 'Mail, jobs, the list protocol and the file import are used by routes; they use no route.',
      severity: 'error',
      from: { path: '^src/server/(mail|jobs|list|kpiImport|ops)/' },
      to: { path: '^src/server/(http|routes)/' },
    },
    {
      name: 'http-below-routes',
      severity: 'error',
      from: { path: '^src/server/http/' },
      to: { path: '^src/server/routes/' },
    },
    {
      name: 'app-on-top',
      comment: 'Only index.ts (and the tests) start the app.',
      severity: 'error',
      from: { path: '^src/', pathNot: SERVER_UPPER },
      to: { path: SERVER_UPPER },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['\\.test\\.ts$', '^src/server/worker/task\\.mjs$'] },
  },
};
