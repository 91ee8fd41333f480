import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * Issue 15: a completed check's score, stored as it is completed. A completed check is frozen (art. 24; the guard of
 * 20261208100000ChecklistFreeze refuses every change of it), so its score never changes: the oversight dashboard, the
 * deadlines, the yearly monitoring and the reports read this one number instead of every answer of every check.
 *
 * - Null: not stored — a check completed before this column (the migration cannot run the plugins' scoring schemes;
 *   `checkScores` scores those from their answers, as before), a check not yet completed, or a completed check whose
 *   scheme gives no score (nothing applies).
 * - Set only by the completion itself, in the same UPDATE that moves the check from in progress to completed: the
 *   guard fires on `old.status = 'completed'` only, so the completing statement passes and every later change
 *   (the score included) is refused; the check constraint keeps an open check from carrying a score at all.
 */
export const SCORE_UPDATABLE: Record<string, string[]> = { assessment: ['score'] };

export class Migration20261208500000AssessmentScore extends Migration {
  override name = 'Migration20261208500000AssessmentScore';

  override up(): void {
    this.addSql(`alter table assessment add column score numeric,
      add constraint assessment_score_completed check (score is null or status = 'completed')`);
    for (const statement of sql.grantColumnUpdates(SCORE_UPDATABLE)) this.addSql(statement);
  }
}
