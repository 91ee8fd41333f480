import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow, versioned } from './columns.ts';

/** The provider's own texts of its quality-system document (one per tenant). */
export const QualitySystem = defineEntity({
  name: 'QualitySystem',
  tableName: 'quality_system',
  properties: {
    ...tenantKey(),
    texts: p.json<Record<string, string>>().defaultRaw(`'{}'::jsonb`),
    updatedBy: p.uuid().nullable(),
    createdAt: createdNow(),
    ...versioned(),
  },
});
export type QualitySystem = InferEntity<typeof QualitySystem>;
