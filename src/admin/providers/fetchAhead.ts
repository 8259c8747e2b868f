/** Answers asked for before the page that needs them has its code: each taken once, or dropped. */
const ahead = new Map<string, Promise<unknown>>();

/** How long an answer asked ahead is good for: the page comes within seconds or not at all. */
const FRESH_MS = 20_000;

export function fetchAhead(url: string): void {
  const answer = fetch(url).then((res) =>
    res.ok ? res.json() : Promise.reject(new Error(`${url}: ${res.status}`)),
  );
  // A guess no page takes must not be reported as an unhandled failure.
  answer.catch(() => undefined);
  ahead.set(url, answer);
  setTimeout(() => {
    if (ahead.get(url) === answer) ahead.delete(url);
  }, FRESH_MS);
}

export function takeAhead<T>(url: string): Promise<T> | undefined {
  const answer = ahead.get(url) as Promise<T> | undefined;
  ahead.delete(url);
  return answer;
}
