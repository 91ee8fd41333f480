import { Migration } from '@mikro-orm/migrations';

/**
 * An answer is a level (`result`: met, partly met, not met, not applicable) and, for the answer kinds a plugin may
 * declare later — a percentage from a numerator and a denominator, a count, a 0–3 scale — a typed `value` the
 * checklist engine validates by the kind (issue 11). Null for the four levels, which is every answer today.
 */
export const ANSWER_VALUE_UPDATABLE: Record<string, string[]> = {
  assessment_result: ['value'],
  inspection_finding: ['value'],
};

export class Migration20261208100100AnswerValue extends Migration {
  override name = 'Migration20261208100100AnswerValue';

  override up(): void {
    for (const [table, columns] of Object.entries(ANSWER_VALUE_UPDATABLE)) {
      this.addSql(
        `alter table ${table} add column value jsonb check (value is null or jsonb_typeof(value) = 'object')`,
      );
      this.addSql(`grant update (${columns.join(', ')}) on ${table} to mera_app`);
    }
  }
}
