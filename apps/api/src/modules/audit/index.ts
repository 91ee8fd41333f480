// The audit trail in people's words (see describe.ts).
export { describeEntries, describeEntry, type AuditInput } from './describe.ts';
