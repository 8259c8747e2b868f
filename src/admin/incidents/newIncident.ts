/**
 * A new incident's start, shared by react-admin's form and the quick one a phone opens from a
 * link (boot/SceneIncident): now, and the programme and area of the last incident registered in
 * this browser.
 */
export interface LastChoice {
  programmeId?: number;
  areaId?: number;
}

/** react-admin's store key; its localStorage store keeps it as JSON under `RaStore.` + key. */
export const LAST_CHOICE = 'beredskab.incidents.lastChoice';
const STORED_LAST_CHOICE = `RaStore.${LAST_CHOICE}`;

export const newIncident = (last: LastChoice, now = new Date()) => ({
  ...last,
  occurredAt: now.toISOString(),
  policeCase: false,
  exercise: false,
  escalationRisk: 'medium',
  status: 'open',
});

/** The last choice read without react-admin (the quick form has none). */
export function storedLastChoice(): LastChoice {
  try {
    const kept = JSON.parse(localStorage.getItem(STORED_LAST_CHOICE) ?? '{}') as LastChoice;
    return { programmeId: kept.programmeId, areaId: kept.areaId };
  } catch {
    return {};
  }
}

export function storeLastChoice(choice: LastChoice): void {
  try {
    localStorage.setItem(STORED_LAST_CHOICE, JSON.stringify(choice));
  } catch {
    // A private window may refuse storage: the next incident starts without the choice.
  }
}

/** What was typed in the quick form before its user asked for the whole one. */
const DRAFT = 'beredskab.incidents.quickDraft';

export function keepDraft(values: Record<string, unknown>): void {
  try {
    sessionStorage.setItem(DRAFT, JSON.stringify(values));
  } catch {
    // Without storage the whole form starts afresh; nothing was saved yet either way.
  }
}

export function keptDraft(): Record<string, unknown> {
  try {
    return JSON.parse(sessionStorage.getItem(DRAFT) ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Dropped once the whole form holds it: a later new incident starts afresh. */
export function dropDraft(): void {
  try {
    sessionStorage.removeItem(DRAFT);
  } catch {
    // Nothing kept, nothing to drop.
  }
}
