/**
 * Where the login that opened the panel (QuickLogin) leaves off and react-admin's login page
 * goes on: the second factor's step the server asked for, or "Glemt adgangskode" opened.
 */
export interface Handover {
  step?: 'required' | 'enrol';
  forgot?: true;
}

let pending: Handover = {};

export function handOver(handover: Handover): void {
  pending = handover;
}

/** Read by the login page's first render; cleared once it has moved on. */
export const readHandover = (): Handover => pending;

export function clearHandover(): void {
  pending = {};
}
