import type { ReportForm, ReportImportPreview, ReportItemWrite } from '../api/reporting';

/** A refusal from the reporter's API, with its field errors when the server named them. */
export class ReportRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * The reporter's own API, reached by the token alone (no session): GET the form, PUT a draft,
 * POST the submission, POST a file for its preview. DESIGN "Reporting rounds".
 */
export const reportPath = (token: string) => `/api/indberetning/${encodeURIComponent(token)}`;

async function call<T>(url: string, method = 'GET', body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await res.json().catch(() => ({}))) as {
    message?: string;
    errors?: Record<string, string>;
  };
  if (!res.ok) throw new ReportRefused(answer.message ?? res.statusText, res.status, answer.errors);
  return answer as T;
}

export const fetchReport = (token: string) => call<ReportForm>(reportPath(token));
export const saveDraft = (token: string, items: ReportItemWrite[]) =>
  call<unknown>(reportPath(token), 'PUT', { items });
export const submitReport = (token: string, items: ReportItemWrite[]) =>
  call<unknown>(`${reportPath(token)}/submit`, 'POST', { items });
export const previewImport = (token: string, file: { filename: string; content: string }) =>
  call<ReportImportPreview>(`${reportPath(token)}/import`, 'POST', file);
