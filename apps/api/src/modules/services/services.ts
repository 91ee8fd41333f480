import { Service, type Financing } from '@mera/db';
import type { ServiceFacts } from '@mera/plugin-sdk';
import { AppError, type FieldProblem } from '../../shared/problem.ts';
import type { ServicePlugin, ServicePlugins, TenantContext } from '../../shared/context.ts';
import { evaluateRules } from '../catalogue/index.ts';

export interface ServiceInput {
  name: string;
  pluginCode: string;
  variantKey: string;
  legacyCentreType?: string | null;
  address?: string | null;
  municipality?: string | null;
  capacity?: number | null;
  currentUsers?: number | null;
  financing?: Financing | null;
  startedOn?: string | null;
}

/** A service as the API shows it, with the plugin's rules evaluated live on its facts. */
export function serviceView(
  s: Service,
  plugins: readonly ServicePlugin[],
  /** Facts other registers contribute for this service (see facts.ts): staff in post, planned and filled positions. */
  contributed?: Partial<ServiceFacts>,
) {
  const plugin = plugins.find((p) => p.code === s.pluginCode);
  const facts = { capacity: s.capacity ?? null, currentUsers: s.currentUsers ?? null, ...contributed };
  return {
    id: s.id,
    tenantId: s.tenantId,
    name: s.name,
    pluginCode: s.pluginCode,
    variantKey: s.variantKey,
    legacyCentreType: s.legacyCentreType ?? null,
    address: s.address ?? null,
    municipality: s.municipality ?? null,
    capacity: s.capacity ?? null,
    currentUsers: s.currentUsers ?? null,
    financing: s.financing ?? null,
    startedOn: s.startedOn ? String(s.startedOn).slice(0, 10) : null,
    version: s.version,
    rules: (plugin && evaluateRules(plugin, s.variantKey, facts)) ?? [],
  };
}

/** The service type and variant must be ones an installed plugin provides. */
function checkType(plugins: ServicePlugins, input: Pick<ServiceInput, 'pluginCode' | 'variantKey'>): void {
  const fields: FieldProblem[] = [];
  const plugin = plugins.list.find((p) => p.code === input.pluginCode);
  if (!plugin) {
    fields.push({
      field: 'body.pluginCode',
      rule: 'enum',
      params: { allowed: plugins.list.map((p) => p.code).join(', ') },
    });
  } else if (!plugin.variants.some((v) => v.key === input.variantKey)) {
    fields.push({
      field: 'body.variantKey',
      rule: 'enum',
      params: { allowed: plugin.variants.map((v) => v.key).join(', ') },
    });
  }
  if (fields.length) throw new AppError(400, 'validation_failed', { fields });
}

/** Trims text; an optional text left empty is stored as "not given" (null). */
function clean(input: Partial<ServiceInput>): Partial<ServiceInput> {
  const out: Partial<ServiceInput> = { ...input };
  if (typeof out.name === 'string') out.name = out.name.trim();
  for (const key of ['address', 'municipality', 'legacyCentreType'] as const) {
    const value = out[key];
    if (typeof value === 'string') out[key] = value.trim() || null;
  }
  return out;
}

export async function createService({ em, tenantId, plugins }: TenantContext, input: ServiceInput) {
  checkType(plugins, input);
  const service = em.create(Service, { ...(clean(input) as ServiceInput), tenantId });
  await em.flush();
  return service;
}

/**
 * Changes a service. `version` is the version the person read: if someone saved in between, nothing is written and
 * the answer is a 409 naming the conflict — never a silent overwrite.
 */
export async function updateService(
  { em, tenantId, plugins }: TenantContext,
  id: string,
  version: number,
  changes: Partial<ServiceInput>,
) {
  const service = await em.findOne(Service, { tenantId, id });
  if (!service) throw new AppError(404, 'not_found');
  if (service.version !== version)
    throw new AppError(409, 'conflict', { fields: [{ field: 'body.version', rule: 'stale' }] });
  if (changes.pluginCode !== undefined || changes.variantKey !== undefined) {
    checkType(plugins, {
      pluginCode: changes.pluginCode ?? service.pluginCode,
      variantKey: changes.variantKey ?? service.variantKey,
    });
  }
  em.assign(service, clean(changes));
  await em.flush();
  return service;
}

export async function deleteService({ em, tenantId }: TenantContext, id: string): Promise<void> {
  const service = await em.findOne(Service, { tenantId, id });
  if (!service) throw new AppError(404, 'not_found');
  em.remove(service);
  await em.flush();
}

export interface LegacyRegistration {
  legacyCentreType: string;
  name: string;
  /** Conditional standards that apply to this centre (`plugin/variant`, e.g. `behaviour-support/add-on`). */
  include?: string[] | undefined;
  address?: string | null | undefined;
  municipality?: string | null | undefined;
  financing?: ServiceInput['financing'];
  startedOn?: string | null | undefined;
}

/**
 * Registers an old centre type (e.g. "Център за обществена подкрепа") as the set of services whose standards apply to
 * it under the transitional provisions — one service per plugin variant, each marked with the centre type. All or
 * nothing: one transaction.
 */
export async function registerLegacyCentre(
  { em, tenantId, plugins }: TenantContext,
  input: LegacyRegistration,
) {
  const centre = plugins.legacyCentres.find((candidate) => candidate.key === input.legacyCentreType);
  if (!centre)
    throw new AppError(400, 'validation_failed', {
      fields: [
        {
          field: 'body.legacyCentreType',
          rule: 'enum',
          params: { allowed: plugins.legacyCentres.map((c) => c.key).join(', ') },
        },
      ],
    });
  const include = new Set(input.include ?? []);
  const unknown = [...include].find(
    (value) => !centre.conditional.some((c) => `${c.pluginCode}/${c.variantKey}` === value),
  );
  if (unknown)
    throw new AppError(400, 'validation_failed', { fields: [{ field: 'body.include', rule: 'invalid' }] });
  const wanted = [
    ...centre.services.map((s) => ({ pluginCode: s.pluginCode, variantKey: s.variantKey })),
    ...centre.conditional
      .filter((c) => include.has(`${c.pluginCode}/${c.variantKey}`))
      .map((c) => ({ pluginCode: c.pluginCode, variantKey: c.variantKey })),
  ];
  const base = input.name.trim();
  const services = wanted.map(({ pluginCode, variantKey }) => {
    const plugin = plugins.list.find((p) => p.code === pluginCode);
    const variant = plugin?.variants.find((v) => v.key === variantKey);
    const label =
      plugin && plugin.variants.length > 1 && variant?.name
        ? `${plugin.name.bg} (${variant.name.bg})`
        : (plugin?.name.bg ?? pluginCode);
    return em.create(Service, {
      tenantId,
      name: `${base} — ${label}`,
      pluginCode,
      variantKey,
      legacyCentreType: centre.key,
      address: input.address?.trim() || null,
      municipality: input.municipality?.trim() || null,
      financing: input.financing ?? null,
      startedOn: input.startedOn ?? null,
    });
  });
  await em.flush();
  return services;
}
