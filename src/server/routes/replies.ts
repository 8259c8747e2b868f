import express, { Router, type Response } from 'express';
import { copenhagenText } from '../../domain/localTime';
import { LEVEL_LABELS, labelOf } from '../../domain/labels';
import { mailOfToken, recordReply } from '../changes/outbox';
import { ApiError } from '../errors/apiError';
import type { Store } from '../store/store';
import { escapeHtml } from '../mail/escapeHtml';
import { hashToken } from '../mail/outbox';
import { replyThrottle } from '../http/replyThrottle';

const ANSWERS = { ja: 'yes', nej: 'no' } as const;
const SAID = { yes: 'Jeg kan deltage', no: 'Jeg kan ikke deltage' } as const;

function page(res: Response, status: number, title: string, body: string) {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .set('Referrer-Policy', 'no-referrer')
    .type('html')
    .send(
      `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>` +
        `<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}` +
        `button{font-size:1.1rem;min-height:48px;padding:0 1.25rem;margin:0 .5rem .5rem 0;border-radius:6px;border:2px solid #0b5394;background:#0b5394;color:#fff;cursor:pointer}` +
        `button.no{background:#fff;color:#0b5394}button:focus-visible{outline:3px solid #f1c232;outline-offset:2px}</style></head>` +
        `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    );
}

const gone = (res: Response) =>
  page(
    res,
    404,
    'Linket virker ikke',
    '<p>Linket er ugyldigt eller udløbet. Kontakt den, der indkaldte dig.</p>',
  );

/**
 * /svar/<token>: the one page a reply link opens, without login. Opening it asks to
 * confirm — mail scanners open links too, and must not answer for anyone — and the
 * confirmation records yes or no. The token reaches only its own mail's reply, found by
 * its hash through an index; a client guessing tokens is slowed down to 30 a minute.
 */
export function replyRoutes(store: Store, clock: () => Date): Router {
  const router = Router();
  const waitFor = replyThrottle(clock);
  router.use((req, res, next) => {
    // The client's address as Express sees it: TRUST_PROXY decides behind a reverse proxy.
    const seconds = waitFor(req.ip ?? '');
    if (seconds === 0) return next();
    res.set('Retry-After', String(seconds));
    page(res, 429, 'For mange forsøg', '<p>Du har prøvet for mange gange. Vent et minut, og prøv igen.</p>');
  });
  router.get('/:token', (req, res) => {
    const mail = mailOfToken(store, hashToken(req.params.token), clock());
    if (!mail) return gone(res);
    const incident = store.find('incidents', mail.incidentId!)!;
    const area = String(store.find('areas', incident.areaId as number)?.name ?? '');
    const level = labelOf(LEVEL_LABELS, incident.level).toLowerCase();
    const when = incident.meetingPlannedAt
      ? `Mødet er planlagt ${copenhagenText(String(incident.meetingPlannedAt))}.`
      : incident.responseDeadline
        ? `Mødet holdes senest ${copenhagenText(String(incident.responseDeadline))}.`
        : '';
    const chosen = req.query.svar === 'nej' ? 'nej' : 'ja';
    const button = (answer: 'ja' | 'nej') =>
      `<button type="submit" name="svar" value="${answer}"${answer === 'nej' ? ' class="no"' : ''}>${SAID[ANSWERS[answer]]}</button>`;
    const order = chosen === 'ja' ? [button('ja'), button('nej')] : [button('nej'), button('ja')];
    page(
      res,
      200,
      'Kan du deltage i beredskabsmødet?',
      `<p>Beredskabet er aktiveret: ${escapeHtml(level)} niveau i ${escapeHtml(area)}. ${escapeHtml(when)}</p>` +
        (mail.reply
          ? `<p>Du har svaret: <strong>${SAID[mail.reply]}</strong>. Du kan ændre dit svar.</p>`
          : '') +
        `<form method="post">${order.join('')}</form>`,
    );
  });
  router.post('/:token', express.urlencoded({ extended: false, limit: '1kb' }), (req, res, next) => {
    const answer = ANSWERS[(req.body as { svar?: string }).svar as keyof typeof ANSWERS];
    if (!answer)
      return page(res, 400, 'Vælg et svar', '<p>Vælg "Jeg kan deltage" eller "Jeg kan ikke deltage".</p>');
    store.commit(recordReply(hashToken(req.params.token), answer)).then(
      () => page(res, 200, 'Tak for dit svar', `<p>Du har svaret: <strong>${SAID[answer]}</strong>.</p>`),
      (err: unknown) => (err instanceof ApiError && err.status === 404 ? gone(res) : next(err)),
    );
  });
  return router;
}
