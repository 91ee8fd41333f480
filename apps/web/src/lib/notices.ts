import { resolve } from '$app/paths';
import { m } from '#lib/paraglide/messages.js';
import type { components } from '@mera/api-client';

export type Notice = components['schemas']['Notice'];
export type NoticeEvent = Notice['event'];

/** Every kind, in the order the profile page lists them. */
export const NOTICE_EVENTS: readonly NoticeEvent[] = [
  'contract_proposed',
  'inspection_ordered',
  'inspection_signed',
  'report_received',
  'programme_received',
  'programme_decided',
  'comment_written',
];

/**
 * Where a notice leads. The API says what it is about (its event and target); the pages are the web app's, so the
 * mapping lives here, as for deadlines. A provider reads its inspections on the list of received reports; a
 * municipality reads a received programme in its inbox.
 */
export function noticeHref(tenantId: string, notice: Pick<Notice, 'event' | 'target'>): string {
  const target = notice.target;
  if (!target) return resolve('/t/[tenantId]/notices', { tenantId });
  switch (target.type) {
    case 'contract':
      return resolve('/t/[tenantId]/contracts', { tenantId });
    case 'inspection':
      return resolve('/t/[tenantId]/inspections', { tenantId });
    case 'report':
      return resolve('/t/[tenantId]/reports/[reportId]', { tenantId, reportId: target.id });
    case 'programme':
      return notice.event === 'programme_received'
        ? resolve('/t/[tenantId]/inbox/[programmeId]', { tenantId, programmeId: target.id })
        : resolve('/t/[tenantId]/programme/[programmeId]', { tenantId, programmeId: target.id });
  }
}

/** The notice in the reader's language: who did what to which record. */
export function noticeText(notice: Pick<Notice, 'event' | 'outcome' | 'actorName' | 'subject'>): string {
  const params = { actor: notice.actorName, subject: notice.subject };
  switch (notice.event) {
    case 'contract_proposed':
      return m.notice_line_contract_proposed(params);
    case 'inspection_ordered':
      return m.notice_line_inspection_ordered(params);
    case 'inspection_signed':
      return m.notice_line_inspection_signed(params);
    case 'report_received':
      return m.notice_line_report_received(params);
    case 'programme_received':
      return m.notice_line_programme_received(params);
    case 'programme_decided':
      return notice.outcome === 'agreed'
        ? m.notice_line_programme_agreed(params)
        : m.notice_line_programme_changes_requested(params);
    case 'comment_written':
      return m.notice_line_comment_written(params);
  }
}

/** The name of a kind, for the choices on the profile page. */
export const noticeKindName = (event: NoticeEvent): string =>
  ({
    contract_proposed: m.notice_kind_contract_proposed(),
    inspection_ordered: m.notice_kind_inspection_ordered(),
    inspection_signed: m.notice_kind_inspection_signed(),
    report_received: m.notice_kind_report_received(),
    programme_received: m.notice_kind_programme_received(),
    programme_decided: m.notice_kind_programme_decided(),
    comment_written: m.notice_kind_comment_written(),
  })[event];
