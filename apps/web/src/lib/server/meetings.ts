import { text } from '#lib/forms.ts';
import type { MeetingKind } from '#lib/programme.ts';

/** The meeting form's fields (MeetingForm.svelte), kept and shown again when the API refuses it. */
export const MEETING_FIELDS = [
  'kind',
  'heldOn',
  'serviceId',
  'participantsCount',
  'participants',
  'topics',
  'conclusions',
] as const;

/** A count as typed: digits become a number; anything else goes to the API as typed, for it to name the rule. */
export function count(value: string): number {
  return /^\d+$/.test(value) ? Number(value) : (value as unknown as number);
}

/** A meeting of the log (art. 24(1) 3–4) as the API takes it, for a new one and for changes to one. */
export function meetingBody(data: FormData) {
  return {
    kind: text(data, 'kind') as MeetingKind,
    heldOn: text(data, 'heldOn'),
    serviceId: text(data, 'serviceId') || null,
    participantsCount: count(text(data, 'participantsCount')),
    participants: text(data, 'participants') || null,
    topics: text(data, 'topics'),
    conclusions: text(data, 'conclusions') || null,
  };
}
