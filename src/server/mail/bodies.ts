import { escapeHtml } from './escapeHtml';

/** A mail as composed: subject, plain text and HTML, and a calendar entry where it is one. */
export interface Mail {
  subject: string;
  text: string;
  html: string;
  /** The meeting as text/calendar: REQUEST for an invitation, CANCEL for a cancellation. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/** Plain text, and the same as simple HTML: paragraphs, and links that are links. */
export function bodies(
  paragraphs: string[],
  links: { text: string; url: string }[],
): { text: string; html: string } {
  const text = [...paragraphs, ...links.map((l) => `${l.text}: ${l.url}`)].join('\n\n');
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`),
    ...links.map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.text)}</a></p>`),
  ].join('\n');
  return { text: `${text}\n`, html: `<!doctype html><html lang="da"><body>${html}</body></html>` };
}
