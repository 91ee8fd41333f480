import type { FastifyBaseLogger } from 'fastify';
import type { EntityManager, Role } from '@mera/db';
import type { JurisdictionManifest, LegacyCentre, ServicePluginManifest } from '@mera/plugin-sdk';
import type { Config } from '../config.ts';

/** A loaded, validated service plugin and the package it came from. */
export interface ServicePlugin extends ServicePluginManifest {
  /** Package name, for messages. */
  packageName: string;
}

/** The service plugins this deployment carries (the core never names one). */
export interface ServicePlugins {
  list: readonly ServicePlugin[];
  /** Old centre types and the services whose standards apply to them (a jurisdiction's transitional provisions). */
  legacyCentres: readonly LegacyCentre[];
  /** The jurisdiction's norms for every service type (discovered like the plugins), or null when none is installed. */
  jurisdiction: JurisdictionManifest | null;
}

/**
 * Everything a service function needs to act for a person in a tenant, instead of loose arguments or the Fastify
 * instance: the request's transaction (under the tenant's row-level security, the person recorded in the audit
 * trail), who acts and what they may do, the service plugins, the configuration and the request's logger.
 */
export interface TenantContext {
  /** The request's transaction; `app.tenant_id`, `app.user_id` and `app.request_id` are set in it. */
  em: EntityManager;
  tenantId: string;
  userId: string;
  role: Role;
  /** The permissions the person's role grants in this tenant (see platform/permissions.ts). */
  permissions: ReadonlySet<string>;
  plugins: ServicePlugins;
  config: Config;
  log: FastifyBaseLogger;
  requestId: string;
}
