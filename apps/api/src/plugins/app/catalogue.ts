import fp from 'fastify-plugin';
import { discoverPlugins } from '../../modules/catalogue/discovery.ts';
import { syncCatalogues } from '../../modules/catalogue/sync.ts';
import type { DiscoveredPlugin } from '../../modules/catalogue/types.ts';

declare module 'fastify' {
  interface FastifyInstance {
    servicePlugins: DiscoveredPlugin[];
  }
}

export interface CataloguePluginOptions {
  pluginsDir: string;
  /** Write new catalogue versions at start-up (off only where no database is reachable, e.g. printing OpenAPI). */
  sync: boolean;
}

/**
 * Discovers the service plugins, validates them (a malformed one stops start-up, naming the plugin, field and rule)
 * and syncs their catalogues into PostgreSQL.
 */
export default fp<CataloguePluginOptions>(
  async (fastify, options) => {
    const plugins = await discoverPlugins(options.pluginsDir);
    fastify.decorate('servicePlugins', plugins);
    if (!options.sync || plugins.length === 0) return;
    const started = performance.now();
    const report = await fastify.orm.em.fork().transactional((em) => syncCatalogues(em, plugins));
    fastify.log.info(
      { added: report.added, unchanged: report.unchanged, ms: Math.round(performance.now() - started) },
      `catalogue: ${plugins.length} plugin(s), ${report.added.length} new version(s)`,
    );
  },
  { name: 'catalogue', dependencies: ['database'] },
);
