const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a datetime-local input holds it: the browser's clock, to the minute. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The next whole hour from `now`: a meeting is rarely planned to the minute. */
export function nextWholeHour(now: Date): Date {
  const next = new Date(now);
  next.setMinutes(60, 0, 0);
  return next;
}
