import fp from 'fastify-plugin';
import type { Orm } from '@mera/db';

declare module 'fastify' {
  interface FastifyInstance {
    orm: Orm;
  }
}

export interface DatabasePluginOptions {
  orm: Orm;
  /** Close the ORM's pool when the app closes (the app owns it). */
  closeOnShutdown: boolean;
}

/** Makes the ORM available to routes and closes its pool after in-flight requests have drained. */
export default fp<DatabasePluginOptions>(
  async (fastify, options) => {
    fastify.decorate('orm', options.orm);
    if (options.closeOnShutdown) {
      fastify.addHook('onClose', async () => {
        await options.orm.close();
      });
    }
  },
  { name: 'database' },
);
