// catalogue: service-plugin discovery, the catalogues synced into versioned tables, the catalogue routes.
export { default as catalogueRoutes, legacyCentreRoutes, ruleResultFields } from './routes.ts';
export { default as cataloguePlugin, type CataloguePluginOptions } from './plugin.ts';
export { discoverJurisdiction, discoverPlugins, discoverLegacyCentres, PluginError } from './discovery.ts';
export { syncCatalogues, type SyncReport } from './sync.ts';
export { latestVersion, versionInForce, versionsInForce, versionTree, type TreeNode } from './queries.ts';
export { evaluateRules } from './rules.ts';
export type { Catalogue, DiscoveredPlugin, Names, PluginVariant } from './types.ts';
