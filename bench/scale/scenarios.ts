import type { SeedRecord } from './plan.ts';

/** One read measured on the national-scale database. */
export interface Scenario {
  key: string;
  /** What it is, in the README's words. */
  label: string;
  /** Who asks: a measured municipality (by its number of services) or the measured provider. */
  as: { municipality: number } | 'provider';
  path: string;
  /** Requests counted for the statements-per-request figure (heavy reads: few, they are deterministic). */
  countRequests: number;
  headers?: Record<string, string>;
}

const oversight = (m: SeedRecord['municipalities'][number]): Scenario => ({
  key: `oversight-${m.services}`,
  label: `oversight dashboard, ${m.services} commissioned services`,
  as: { municipality: m.services },
  path: `/api/v1/tenants/${m.tenantId}/oversight`,
  countRequests: 1,
});

/** The reads issue 15 names, on the seeded organisations. */
export function scenarios(seed: SeedRecord): Scenario[] {
  const byServices = (n: number) => {
    const found = seed.municipalities.find((m) => m.services === n);
    if (!found) throw new Error(`the seed has no municipality with ${n} services`);
    return found;
  };
  const hundred = byServices(100);
  const provider = seed.provider;
  return [
    ...[10, 100, 300].map((n) => oversight(byServices(n))),
    {
      key: 'oversight-xlsx-100',
      label: 'oversight export (XLSX), 100 services',
      as: { municipality: 100 },
      path: `/api/v1/tenants/${hundred.tenantId}/oversight/export?format=xlsx`,
      countRequests: 1,
    },
    {
      key: 'assessment',
      label: "a provider's completed check (GET assessment, the whole variant)",
      as: 'provider',
      path: `/api/v1/tenants/${provider.tenantId}/assessments/${provider.assessmentId}`,
      countRequests: 3,
    },
    {
      key: 'catalogue-search',
      label: 'catalogue search (“супервизия”)',
      as: 'provider',
      path: `/api/v1/catalogue/search?q=${encodeURIComponent('супервизия')}`,
      countRequests: 3,
    },
    {
      key: 'deadlines-provider',
      label: `deadlines, provider with ${provider.services} services`,
      as: 'provider',
      path: `/api/v1/tenants/${provider.tenantId}/deadlines`,
      countRequests: 3,
    },
    {
      key: 'deadlines-municipality',
      label: 'deadlines, municipality with 100 services',
      as: { municipality: 100 },
      path: `/api/v1/tenants/${hundred.tenantId}/deadlines`,
      countRequests: 3,
    },
  ];
}
