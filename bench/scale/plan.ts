/**
 * The national-scale dataset's sizes (issue 15): Bulgaria's 265 municipalities, 2,000 NGOs, 5,000 commissioned
 * services, ten completed checks per service (a quarterly check over two and a half years, every fourth one the
 * yearly self-assessment) — 50,000 checks, ≈ 8 million indicator results at ≈ 165 indicators per variant —
 * semi-annual analyses and annual reports, and one agreed quality programme per service.
 *
 * Three municipalities are the measured ones and keep their sizes at every scale: they commission 300, 100 and 10
 * services, so the oversight dashboard's growth can be read off. The scale factor multiplies everything else.
 */
export interface ScalePlan {
  scale: number;
  municipalities: number;
  providers: number;
  services: number;
  checksPerService: number;
  /** Services of the three measured municipalities, in order. */
  measured: [number, number, number];
  /** The first providers are large ones (the measured provider is the first of them). */
  largeProviders: number;
  servicesPerLargeProvider: number;
}

export const MEASURED_SIZES: [number, number, number] = [300, 100, 10];

export function planFor(scale: number): ScalePlan {
  if (!(scale >= 0.1 && scale <= 4))
    throw new Error(
      `--scale must be between 0.1 and 4 (got ${scale}): the measured municipalities need 410 services`,
    );
  const services = Math.max(Math.round(5000 * scale), 500);
  return {
    scale,
    municipalities: Math.max(Math.round(265 * scale), 10),
    providers: Math.max(Math.round(2000 * scale), 40),
    services,
    checksPerService: 10,
    measured: MEASURED_SIZES,
    largeProviders: 20,
    servicesPerLargeProvider: 20,
  };
}

/** What the seed leaves in the database's comment, for the measurements to find their way. */
export interface SeedRecord {
  plan: ScalePlan;
  seededAt: string;
  /** The measured municipalities by the number of services they commission, with their administrator's e-mail. */
  municipalities: { services: number; tenantId: string; email: string }[];
  provider: { tenantId: string; email: string; services: number; assessmentId: string };
  counts: Record<string, number>;
  timings: { step: string; ms: number }[];
}
