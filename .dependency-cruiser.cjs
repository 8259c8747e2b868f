/**
 * What may import what (`npm run lint` runs it). Layers stack and every arrow points down:
 * domain ← store ← changes ← access, list, mail, report ← http, routes ← app; the panel
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
      name: 'store-below-requests',
      comment: 'The store knows nothing of HTTP, routes or the rules of a change.',
      severity: 'error',
      from: { path: '^src/server/store/' },
      to: {
        path: ['^src/server/(?!store/)', '^node_modules/(express|helmet|cookie)/'],
      },
    },
    {
      name: 'changes-below-http',
      comment: 'A change decides a write; it never reads a request or a route.',
      severity: 'error',
      from: { path: '^src/server/changes/' },
      to: {
        path: [
          '^src/server/(http|routes|list|mail)/',
          SERVER_UPPER,
          '^node_modules/(express|helmet|cookie)/',
        ],
      },
    },
    {
      name: 'access-below-http',
      severity: 'error',
      from: { path: '^src/server/(access|list|mail)/' },
      to: { path: ['^src/server/(http|routes)/', SERVER_UPPER] },
    },
    {
      name: 'http-below-routes',
      severity: 'error',
      from: { path: '^src/server/http/' },
      to: { path: ['^src/server/routes/', SERVER_UPPER] },
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
