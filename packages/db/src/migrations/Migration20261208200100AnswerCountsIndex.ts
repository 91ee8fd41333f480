import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: the scores of many checks (`checkScores`: how many answers of each result per check) read from one index
 * alone. A check's answers are written one by one over days, between other tenants' writes, so its 165 rows sit on
 * ≈ 165 different table pages: the oversight dashboard of 100 services read 16,690 of them. Ordered by check and
 * result with the indicator included, the same count is an index-only scan of a few pages per check (the row-level
 * security policies read only `tenant_id` and `assessment_id`, both in the index).
 */
export class Migration20261208200100AnswerCountsIndex extends Migration {
  override name = 'Migration20261208200100AnswerCountsIndex';

  override up(): void {
    this.addSql(
      `create index assessment_result_counts_idx on assessment_result (tenant_id, assessment_id, result) include (item_id)`,
    );
  }
}
