/**
 * The board is briefed once per incident and alert level: a second "Bestyrelsen orienteret"
 * for the same level mails no one, so one programme's editors cannot flood a board's
 * inbox (nor, through the shared outbox, hold up other programmes' mails).
 */
export const boardBriefingCause = (incident: { id: number; level?: unknown; levelSetAt?: unknown }) =>
  `boardBriefing:${incident.id}:${String(incident.level)}:${String(incident.levelSetAt)}`;
