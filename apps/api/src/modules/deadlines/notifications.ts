import { inboxSource } from '../notices/index.ts';

/**
 * The person's reminders of due items, in the inbox they share with the notices of what others did (the notices
 * module's one inbox query; `event is null` here). The database's check gives each reminder a reminder kind and a due
 * date, and a due item's target is a programme or an inspection.
 */
export const REMINDERS = inboxSource({
  kind: 'reminder',
  view: (row) => ({
    id: row.id,
    itemKey: row.item_key,
    kind: row.kind,
    reminder: row.reminder ?? 'due_soon',
    title: row.title,
    dueOn: row.due_on ?? '',
    serviceId: row.service_id,
    target:
      row.target_type && row.target_id
        ? { type: row.target_type as 'programme' | 'inspection', id: row.target_id }
        : null,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  }),
});
