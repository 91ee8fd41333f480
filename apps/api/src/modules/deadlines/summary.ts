import type { DueItem } from './rules.ts';

/**
 * The counts the header, the home page and the deadlines page all show — computed here, from the same items, so
 * they cannot disagree. "Overdue" is what the deadlines page lists as overdue: past due, not done, and tracked (a
 * source that does not record completion is never called overdue).
 */
export interface DeadlineSummary {
  overdue: number;
  /** Due within the next 7 days, today included. */
  dueThisWeek: number;
  /** Past due in a source that does not record whether it was done. */
  untracked: number;
}

export const isOverdue = (item: Pick<DueItem, 'status' | 'tracked'>) =>
  item.status === 'overdue' && item.tracked;

export function deadlineSummary(items: Pick<DueItem, 'status' | 'tracked'>[]): DeadlineSummary {
  return {
    overdue: items.filter(isOverdue).length,
    dueThisWeek: items.filter((i) => i.status === 'due').length,
    untracked: items.filter((i) => i.status === 'overdue' && !i.tracked).length,
  };
}
