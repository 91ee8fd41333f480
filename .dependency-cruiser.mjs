/**
 * The API's module boundaries, checked by dependency-cruiser (docs/decisions/053-module-boundaries.md):
 * `pnpm check:architecture` (also run by `pnpm lint`, so CI runs it).
 *
 *   apps/api/src/shared/     the kernel: knows no module and no platform plugin
 *   apps/api/src/platform/   the API's own Fastify plugins (auth, database, jobs …): knows no module
 *   apps/api/src/modules/X/  one bounded context; others reach it only through modules/X/index.ts
 *   apps/api/src/demo/, app.ts, cli.ts, testing/   composition: may use every module, through its index.ts
 *
 * Arrows between modules point one way (no folder-level cycles); a reaction that would point back goes through an
 * extension point (shared/extension-point.ts) that the owning module declares and the other provides.
 */
const API = '^apps/api/src';
const MODULE = `${API}/modules/([^/]+)/`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycles-between-modules',
      comment:
        'Modules, the platform and the kernel must not import each other in a circle: arrows point one way.',
      severity: 'error',
      scope: 'folder',
      from: { path: `${API}/` },
      to: { circular: true },
    },
    {
      name: 'no-cycles',
      comment: 'No file-level import cycles anywhere in the API.',
      severity: 'error',
      from: { path: `${API}/` },
      to: { circular: true },
    },
    {
      name: 'module-insides',
      comment: 'Another module is reached through its index.ts only, never through its insides.',
      severity: 'error',
      from: { path: MODULE },
      to: {
        path: `${API}/modules/[^/]+/`,
        pathNot: [`${API}/modules/$1/`, `${API}/modules/[^/]+/index\\.ts$`],
      },
    },
    {
      name: 'composition-uses-index',
      comment:
        'app.ts, cli.ts, the demo seed, the test harness and top-level tests use a module through its index.ts.',
      severity: 'error',
      from: { path: `${API}/`, pathNot: `${API}/modules/` },
      to: { path: `${API}/modules/[^/]+/`, pathNot: `${API}/modules/[^/]+/index\\.ts$` },
    },
    {
      name: 'kernel-knows-no-module',
      comment: 'shared/ is the kernel: it knows no module, no platform plugin and not the app.',
      severity: 'error',
      from: { path: `${API}/shared/` },
      to: { path: `${API}/(modules|platform|demo|testing)/|${API}/app\\.ts$` },
    },
    {
      name: 'platform-knows-no-module',
      comment:
        "platform/ holds the API's own Fastify plugins; modules hand it what it runs (jobs, keys) via app.ts.",
      severity: 'error',
      from: { path: `${API}/platform/`, pathNot: '\\.test\\.ts$' },
      to: { path: `${API}/(modules|demo|testing)/|${API}/app\\.ts$` },
    },
    {
      name: 'modules-know-no-composition',
      comment:
        'A module never imports the app, the demo seed or the test harness (its own tests may use the harness).',
      severity: 'error',
      from: { path: `${API}/modules/`, pathNot: '\\.test\\.ts$' },
      to: { path: `${API}/(demo|testing)/|${API}/app\\.ts$` },
    },
    {
      name: 'packages-never-import-apps',
      comment: 'packages/ are libraries and tools: they never import an app (start it as a process instead).',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/|node_modules/@mera/(api|web)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests are leaves (they may use the test harness, which builds the whole app): their imports are checked by
    // .dependency-cruiser-tests.mjs against the boundary rules, not the cycle rules.
    exclude: {
      path: ['node_modules', '/fixtures/', '\\.svelte-kit/', '/build/', '/generated/', '\\.test\\.ts$'],
    },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
