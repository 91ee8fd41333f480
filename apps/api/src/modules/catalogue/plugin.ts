import fp from 'fastify-plugin';
import { discoverJurisdiction, discoverLegacyCentres, discoverPlugins } from './discovery.ts';
import { syncCatalogues } from './sync.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Whether the plugins' catalogues are in the database; `ensure()` syncs if they are not (cheap when they are). */
    catalogueSync: { synced: boolean; ensure(): Promise<boolean> };
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
    fastify.decorate('legacyCentres', await discoverLegacyCentres(options.pluginsDir, plugins));
    fastify.decorate('jurisdiction', await discoverJurisdiction(options.pluginsDir));
    const state = {
      synced: !options.sync || plugins.length === 0,
      async ensure(): Promise<boolean> {
        if (state.synced) return true;
        const started = performance.now();
        try {
          const report = await fastify.orm.em.fork().transactional((em) => syncCatalogues(em, plugins));
          state.synced = true;
          fastify.log.info(
            { added: report.added, unchanged: report.unchanged, ms: Math.round(performance.now() - started) },
            `catalogue: ${plugins.length} plugin(s), ${report.added.length} new version(s)`,
          );
        } catch (error) {
          // The database may be away or not migrated yet: the API still starts, /readyz says why it is not ready
          // and tries again on each probe.
          fastify.log.warn(
            { err: error },
            'catalogue: not synced yet (database unavailable or not migrated)',
          );
        }
        return state.synced;
      },
    };
    fastify.decorate('catalogueSync', state);
    await state.ensure();
  },
  { name: 'catalogue', dependencies: ['database'] },
);
