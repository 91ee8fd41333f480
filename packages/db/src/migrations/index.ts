import { Migration20261123000000Foundation } from './Migration20261123000000Foundation.ts';
import { Migration20261123000100Access } from './Migration20261123000100Access.ts';
import { Migration20261123000200Commissioning } from './Migration20261123000200Commissioning.ts';
import { Migration20261123000300Catalogue } from './Migration20261123000300Catalogue.ts';
import { Migration20261123000700Meetings } from './Migration20261123000700Meetings.ts';
import { Migration20261123000710Programme } from './Migration20261123000710Programme.ts';
import { Migration20261123000800Evidence } from './Migration20261123000800Evidence.ts';
import { Migration20261123000810Assessments } from './Migration20261123000810Assessments.ts';
import { Migration20261123000820Staff } from './Migration20261123000820Staff.ts';
import { Migration20261123000830Surveys } from './Migration20261123000830Surveys.ts';
import { Migration20261123000840Reports } from './Migration20261123000840Reports.ts';
import { Migration20261123000850QualitySystem } from './Migration20261123000850QualitySystem.ts';
import { Migration20261123000900Deadlines } from './Migration20261123000900Deadlines.ts';
import { Migration20261123001100ContractService } from './Migration20261123001100ContractService.ts';
import { Migration20261123001110ProgrammeAgreement } from './Migration20261123001110ProgrammeAgreement.ts';
import { Migration20261123001200Inspections } from './Migration20261123001200Inspections.ts';
import { Migration20261123001300YearlyMonitoring } from './Migration20261123001300YearlyMonitoring.ts';
import { Migration20261123001400ContractInvitations } from './Migration20261123001400ContractInvitations.ts';
import { Migration20261207300000AuditIntegrity } from './Migration20261207300000AuditIntegrity.ts';
import { Migration20261207300100ColumnGrants } from './Migration20261207300100ColumnGrants.ts';
import { Migration20261207310000ReleaseAbandonedSignups } from './Migration20261207310000ReleaseAbandonedSignups.ts';
import { Migration20261207500000NotificationTarget } from './Migration20261207500000NotificationTarget.ts';
import { Migration20261208100000ChecklistFreeze } from './Migration20261208100000ChecklistFreeze.ts';
import { Migration20261208100100AnswerValue } from './Migration20261208100100AnswerValue.ts';
import { Migration20261208200000CommissionedReadByParent } from './Migration20261208200000CommissionedReadByParent.ts';
import { Migration20261208200100AnswerCountsIndex } from './Migration20261208200100AnswerCountsIndex.ts';
import { Migration20261208400000Notices } from './Migration20261208400000Notices.ts';
import { Migration20261208500000AssessmentScore } from './Migration20261208500000AssessmentScore.ts';
import { Migration20261209100000CheckLookups } from './Migration20261209100000CheckLookups.ts';
import { Migration20261209500000RenderedDocument } from './Migration20261209500000RenderedDocument.ts';
import { Migration20261210100000RequestEntry } from './Migration20261210100000RequestEntry.ts';

/**
 * Every migration, oldest first. Listed explicitly (not discovered from the folder) so the same list runs
 * from source under Node's type stripping, in tests and in production. See docs/development.md → Adding a migration.
 */
export const migrationsList = [
  Migration20261123000000Foundation,
  Migration20261123000100Access,
  Migration20261123000200Commissioning,
  Migration20261123000300Catalogue,
  Migration20261123000700Meetings,
  Migration20261123000710Programme,
  Migration20261123000800Evidence,
  Migration20261123000810Assessments,
  Migration20261123000820Staff,
  Migration20261123000830Surveys,
  Migration20261123000840Reports,
  Migration20261123000850QualitySystem,
  Migration20261123000900Deadlines,
  Migration20261123001100ContractService,
  Migration20261123001110ProgrammeAgreement,
  Migration20261123001200Inspections,
  Migration20261123001300YearlyMonitoring,
  Migration20261123001400ContractInvitations,
  Migration20261207300000AuditIntegrity,
  Migration20261207300100ColumnGrants,
  Migration20261207310000ReleaseAbandonedSignups,
  Migration20261207500000NotificationTarget,
  Migration20261208100000ChecklistFreeze,
  Migration20261208100100AnswerValue,
  Migration20261208200000CommissionedReadByParent,
  Migration20261208200100AnswerCountsIndex,
  Migration20261208400000Notices,
  Migration20261208500000AssessmentScore,
  Migration20261209100000CheckLookups,
  Migration20261209500000RenderedDocument,
  Migration20261210100000RequestEntry,
];
