import { CommissioningContract, Service } from './commissioning.ts';
import { ProviderInvitation, ReceivedComment } from './contract-invitations.ts';
import { Invitation } from './invitation.ts';
import { Meeting, MeetingRecommendation } from './meetings.ts';
import { Membership } from './membership.ts';
import {
  ProgrammeCarryover,
  ProgrammeCategory,
  ProgrammeMeasure,
  ProgrammeReview,
  QualityProgramme,
} from './programme.ts';
import { Tenant } from './tenant.ts';
import { EmailToken, RefreshToken } from './tokens.ts';
import { AppUser } from './user.ts';
import {
  StaffPosition,
  StaffMember,
  StaffTraining,
  StaffSupervision,
  StaffMentoring,
  StaffAppraisal,
} from './staff.ts';
import { Survey, SurveyResponse } from './surveys.ts';
import { Report, MonitoringReport, RenderedDocument } from './reports.ts';
import { QualitySystem } from './quality-system.ts';
import { StoredFile, QualityDocument } from './evidence.ts';
import { CatalogueVersion, CatalogueItem } from './catalogue.ts';
import { Notification, NoticePreference, CalendarFeed } from './deadlines.ts';
import { AuditChain, AuditEvent } from './audit.ts';
import {
  Assessment,
  AssessmentEvidence,
  AssessmentResult,
  Inspection,
  InspectionAttachment,
  InspectionFinding,
  InspectionInspector,
  InspectionPrescription,
} from './checklists.ts';

export {
  CommissioningContract,
  CONTRACT_FUNDING,
  CONTRACT_STATUSES,
  type ContractFunding,
  type ContractStatus,
  FINANCING,
  type Financing,
  Service,
} from './commissioning.ts';
export {
  COMMENT_TARGETS,
  type CommentTarget,
  PROVIDER_INVITATION_STATUSES,
  ProviderInvitation,
  type ProviderInvitationStatus,
  ReceivedComment,
} from './contract-invitations.ts';
export { Invitation } from './invitation.ts';
export { Meeting, MEETING_KINDS, MeetingRecommendation, type MeetingKind } from './meetings.ts';
export { Membership, ROLES, type Role } from './membership.ts';
export {
  MEASURE_STATUSES,
  type MeasureStatus,
  PROGRAMME_STATUSES,
  ProgrammeCarryover,
  ProgrammeCategory,
  ProgrammeMeasure,
  ProgrammeReview,
  type ProgrammeStatus,
  QualityProgramme,
} from './programme.ts';
export { Tenant, TENANT_KINDS, type TenantKind } from './tenant.ts';
export { EMAIL_TOKEN_PURPOSES, EmailToken, type EmailTokenPurpose, RefreshToken } from './tokens.ts';
export { AppUser, LOCALES, type Locale } from './user.ts';
export * from './staff.ts';
export * from './surveys.ts';
export * from './reports.ts';
export * from './quality-system.ts';
export * from './evidence.ts';
export * from './catalogue.ts';
export * from './deadlines.ts';
export * from './audit.ts';
export * from './checklists.ts';

/** Every entity the ORM knows; add new ones here. */
export const entities = [
  Tenant,
  AppUser,
  Membership,
  Invitation,
  RefreshToken,
  EmailToken,
  Service,
  CommissioningContract,
  Meeting,
  MeetingRecommendation,
  ProgrammeCategory,
  QualityProgramme,
  ProgrammeMeasure,
  ProgrammeReview,
  ProgrammeCarryover,
  ProviderInvitation,
  ReceivedComment,
  StaffPosition,
  StaffMember,
  StaffTraining,
  StaffSupervision,
  StaffMentoring,
  StaffAppraisal,
  Survey,
  SurveyResponse,
  Report,
  MonitoringReport,
  RenderedDocument,
  QualitySystem,
  StoredFile,
  QualityDocument,
  CatalogueVersion,
  CatalogueItem,
  Notification,
  NoticePreference,
  CalendarFeed,
  AuditChain,
  AuditEvent,
  Assessment,
  AssessmentResult,
  AssessmentEvidence,
  Inspection,
  InspectionInspector,
  InspectionFinding,
  InspectionAttachment,
  InspectionPrescription,
];
