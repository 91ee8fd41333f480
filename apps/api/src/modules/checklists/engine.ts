// What differs between a provider's check and a municipality's inspection, as configuration of one engine.
import type { EntityManager } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import type { TreeNode } from '../catalogue/index.ts';
import type { TenantContext } from '../../shared/context.ts';
import { invalid, optionalText } from '../../shared/validation.ts';
import { saveAnswer, type ChecklistKind } from './answers.ts';
import { indicatorsOf } from './tree.ts';

/**
 * One kind of checklist: where its answers are kept, how its record is found for a change, when it is closed
 * (completed, signing begun), which indicators it covers, and what the first answer does to it.
 */
export interface Checklist<Row> {
  kind: ChecklistKind;
  /** The tenant's own record (404 otherwise). */
  find(em: EntityManager, tenantId: string, id: string): Promise<Row>;
  /** Refuses every change once the record is completed or its signing has begun (409). */
  assertOpen(row: Row): void;
  /** The catalogue indicators it covers. */
  tree(em: EntityManager, row: Row): Promise<TreeNode[]>;
  /** The first answer starts a planned check or an ordered inspection. */
  markStarted(em: EntityManager, row: Row): Promise<void>;
}

export interface AnswerBodyInput {
  itemId: string;
  result: IndicatorResult | null;
  note?: string | null | undefined;
  value?: unknown;
  version: number;
}

/** The indicator of the checklist's scope, or 400 naming the field. */
export async function indicatorOf<Row>(
  em: EntityManager,
  checklist: Checklist<Row>,
  row: Row,
  itemId: string,
  field = 'itemId',
): Promise<TreeNode> {
  const indicator = indicatorsOf(await checklist.tree(em, row)).find((i) => i.id === itemId);
  if (!indicator) throw invalid(field, 'not_in_scope');
  return indicator;
}

/** Saves one indicator's answer (result and note together, with the version as read) in an open checklist. */
export async function answerIndicator<Row>(
  ctx: Pick<TenantContext, 'em' | 'tenantId' | 'userId'>,
  checklist: Checklist<Row>,
  id: string,
  input: AnswerBodyInput,
) {
  const row = await checklist.find(ctx.em, ctx.tenantId, id);
  checklist.assertOpen(row);
  await indicatorOf(ctx.em, checklist, row, input.itemId);
  const note = optionalText(input.note) ?? null;
  const version = await saveAnswer(
    ctx.em,
    checklist.kind,
    { tenantId: ctx.tenantId, parentId: id, itemId: input.itemId },
    { result: input.result, note, value: input.value, userId: ctx.userId, version: input.version },
  );
  await checklist.markStarted(ctx.em, row);
  return { itemId: input.itemId, result: input.result, note, version };
}
