// staff: the staff register (positions, people, training, supervision, mentoring, appraisal).
import { serviceFactsProviders } from '../services/index.ts';
import { qualitySystemChapters } from '../quality-system/index.ts';
import { staffFactsOf } from './facts.ts';
import { staffChapter } from './quality-system.ts';

export { default as staffRoutes } from './routes.ts';
export { staffNormsOf, type StaffNorms } from './norms.ts';

// The register's staffing figures feed the services' rules; its structure is a chapter of the quality system.
serviceFactsProviders.provide((ctx, serviceIds) => staffFactsOf(ctx, serviceIds));
qualitySystemChapters.provide(staffChapter);
