import type { EscalationTimeline } from '../../domain/escalationTimeline';
import type { DiskStatus } from '../../domain/diskSpace';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider, type RaRecord } from 'react-admin';
import type { DashboardData } from '../api/dashboard';
import type { GridCellWrite, ImportPreview, KpiGrid } from '../api/kpiGrid';
import { periodQueryString, type PeriodQuery } from '../api/period';
import type { RoundProgress } from '../api/reporting';
import type { Counts, RetentionPreview } from '../api/retention';
import type { Enrolment, FactorStatus, OwnSession, Settings } from '../api/signIn';
import type { DemoRemoval, StartState } from '../api/start';
import { takeAhead } from './fetchAhead';

const periodParams = periodQueryString;

async function api<T>(path: string, init?: { method: string; body: unknown }): Promise<T> {
  const { json } = await fetchUtils.fetchJson(
    `/api${path}`,
    init && { method: init.method, body: JSON.stringify(init.body) },
  );
  return json as T;
}

/** `GET /api/mail/status`: whether mail is sent, and SMS (the gateway's settings). */
export interface MessageStatus {
  configured: boolean;
  /** SMS_GATEWAY_URL, SMS_TOKEN and SMS_SENDER are set. */
  smsConfigured?: boolean;
}

/** The server's own routes beside the resources: statistics, the year's grid and its import, the mail. */
export interface BeredskabDataProvider extends DataProvider {
  dashboard(period: PeriodQuery): Promise<DashboardData>;
  kpiGrid(programmeId: number, year: number): Promise<KpiGrid>;
  /** One action: every cell is checked, nothing is stored unless all pass (400 with errors per cell). */
  saveKpiGrid(
    programmeId: number,
    year: number,
    cells: GridCellWrite[],
  ): Promise<{ saved: number; grid: KpiGrid }>;
  previewKpiImport(
    programmeId: number,
    year: number,
    file: { filename: string; content: string },
  ): Promise<ImportPreview>;
  retentionPreview(): Promise<RetentionPreview>;
  runRetention(): Promise<{ dryRun: boolean; counts: Counts }>;
  /** Whether the server can send mail; without SMTP_URL it keeps them unsent. */
  mailStatus(): Promise<MessageStatus>;
  /** An incident's call-in and escalation: steps by channel, answers, the next step. */
  escalation(incidentId: number): Promise<EscalationTimeline>;
  /** The deadline a save would give, computed by the server before saving. */
  deadline(query: Record<string, string>): Promise<{ responseDeadline: string | null }>;
  /** Ticks or unticks an activation step; answers the incident as it is now. */
  tickStep(incidentId: number, step: string, done: boolean): Promise<RaRecord>;
  /** Queues the summary mail to the programme's board; 400 when it has no board address. */
  briefBoard(incidentId: number): Promise<RaRecord>;
  /** A failed mail queued again; 409 when it has not failed. */
  retryNotification(id: number): Promise<RaRecord>;
  /** The user's own second factor: its state, setting it up (a secret, then a first code), turning it off. */
  secondFactor(): Promise<FactorStatus>;
  startEnrolment(): Promise<Enrolment>;
  confirmEnrolment(code: string): Promise<{ recoveryCodes: string[] }>;
  turnOffSecondFactor(code: string): Promise<unknown>;
  /** The user's own sessions, and ending one of them by its handle. */
  ownSessions(): Promise<OwnSession[]>;
  endOwnSession(id: string): Promise<unknown>;
  /** An administrator's help with a user's sign-in. */
  resetSecondFactor(userId: number | string): Promise<unknown>;
  endUserSessions(userId: number | string): Promise<{ ended: number }>;
  /** The system administrator's settings. */
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Settings>;
  /** "Kom i gang": what the administrator's programmes have, counted; the demo programmes still there. */
  start(): Promise<StartState>;
  /** "Fjern demodata" (the system administrator): the demo programmes and all of theirs. */
  removeDemo(): Promise<DemoRemoval>;
  /** The space left on the server's disk, for the administrators' banner. */
  disk(): Promise<DiskStatus>;
  /** A reporting round opened (the links mailed) or closed (the links end); answers the round. */
  roundAction(roundId: number | string, action: 'open' | 'close'): Promise<RaRecord>;
  roundProgress(roundId: number | string): Promise<RoundProgress>;
  /** Approve, return with a comment, or undo an approval with a reason. */
  review(
    roundId: number | string,
    reporterId: number,
    action: 'approve' | 'return' | 'unapprove',
    body: { comment?: string; reason?: string },
  ): Promise<unknown>;
}

/** The stock simple-rest provider (the server speaks its protocol, cookies ride along same-origin), plus our routes. */
export const dataProvider: BeredskabDataProvider = {
  ...simpleRestProvider('/api'),
  dashboard: (period) => {
    const path = `/stats/dashboard?${periodParams(period)}`;
    // Asked already while the panel's code loaded after the login (boot/), when the guess was right.
    return takeAhead<DashboardData>(`/api${path}`)?.catch(() => api<DashboardData>(path)) ?? api(path);
  },
  kpiGrid: (programmeId, year) => api(`/kpi/grid?${periodParams({ programmeId, year, projectYear: false })}`),
  saveKpiGrid: (programmeId, year, cells) =>
    api(`/kpi/grid?${periodParams({ programmeId, year, projectYear: false })}`, {
      method: 'PUT',
      body: { cells },
    }),
  previewKpiImport: (programmeId, year, file) =>
    api(`/kpi/import?${periodParams({ programmeId, year, projectYear: false })}`, {
      method: 'POST',
      body: file,
    }),
  retentionPreview: () => api('/retention/preview'),
  runRetention: () => api('/retention/run', { method: 'POST', body: {} }),
  mailStatus: () => api('/mail/status'),
  escalation: (incidentId) => api(`/incidents/${incidentId}/escalation`),
  deadline: (query) => api(`/deadline?${new URLSearchParams(query)}`),
  tickStep: (incidentId, step, done) =>
    api(`/incidents/${incidentId}/steps`, { method: 'POST', body: { step, done } }),
  briefBoard: (incidentId) => api(`/incidents/${incidentId}/board-briefing`, { method: 'POST', body: {} }),
  retryNotification: (id) => api(`/notifications/${id}/retry`, { method: 'POST', body: {} }),
  secondFactor: () => api('/auth/totp'),
  startEnrolment: () => api('/auth/totp/enrol', { method: 'POST', body: {} }),
  confirmEnrolment: (code) => api('/auth/totp/confirm', { method: 'POST', body: { code } }),
  turnOffSecondFactor: (code) => api('/auth/totp/disable', { method: 'POST', body: { code } }),
  ownSessions: () => api('/auth/sessions'),
  endOwnSession: (id) => api(`/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE', body: {} }),
  resetSecondFactor: (userId) => api(`/users/${userId}/totp`, { method: 'DELETE', body: {} }),
  endUserSessions: (userId) => api(`/users/${userId}/sessions`, { method: 'DELETE', body: {} }),
  settings: () => api('/settings'),
  saveSettings: (settings) => api('/settings', { method: 'PUT', body: settings }),
  start: () => api('/start'),
  removeDemo: () => api('/demo/remove', { method: 'POST', body: {} }),
  disk: () => api('/disk'),
  roundAction: (roundId, action) =>
    api(`/reportingRounds/${roundId}/${action}`, { method: 'POST', body: {} }),
  roundProgress: (roundId) => api(`/reportingRounds/${roundId}/progress`),
  review: (roundId, reporterId, action, body) =>
    api(`/reportingRounds/${roundId}/reporters/${reporterId}/${action}`, { method: 'POST', body }),
};
