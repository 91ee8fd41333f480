import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { uuidv7 } from 'uuidv7';

/** The provider's own texts of its quality-system document (one per tenant). */
export const QualitySystem = defineEntity({
  name: 'QualitySystem',
  tableName: 'quality_system',
  properties: {
    tenantId: p.uuid().primary(),
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    texts: p.json<Record<string, string>>().defaultRaw(`'{}'::jsonb`),
    updatedBy: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export type QualitySystem = InferEntity<typeof QualitySystem>;
