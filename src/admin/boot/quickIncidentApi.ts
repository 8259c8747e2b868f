/**
 * The quick incident form's requests, without react-admin's data provider: the same REST
 * routes and answers (lists as arrays, refusals as `{message, errors}`).
 */
export interface Named {
  id: number;
  name: string;
}

export interface Area extends Named {
  programmeId: number;
}

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** Every record the user sees of a resource, by name: a programme has tens of areas, not thousands. */
export const everyByName = <T extends Named>(resource: string) =>
  json<T[]>(
    `/api/${resource}?${new URLSearchParams({ filter: '{}', range: '[0,999]', sort: '["name","ASC"]' })}`,
  );

/** The deadline a save would give, computed by the server (GET /api/deadline), as the whole form shows it. */
export const deadlineFor = (query: Record<string, string>) =>
  json<{ responseDeadline: string | null }>(`/api/deadline?${new URLSearchParams(query)}`);

/** The server's refusal, with its words and the fields they belong to. */
export class Refused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Registers the incident; its id, or the refusal. A failed connection rejects with a TypeError. */
export async function register(values: Record<string, unknown>): Promise<number> {
  const res = await fetch('/api/incidents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(values),
  });
  const body = (await res.json().catch(() => ({}))) as {
    id?: number;
    message?: string;
    errors?: Record<string, string>;
  };
  if (!res.ok || typeof body.id !== 'number')
    throw new Refused(body.message ?? String(res.status), res.status, body.errors);
  return body.id;
}
