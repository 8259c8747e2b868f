import { Router, type Request, type Response } from 'express';
import { formItems, reporterGrid } from '../../domain/reportingForm';
import { owedItems, owedKey } from '../../domain/reportingRules';
import { asyncRoute } from '../http/asyncRoute';
import { lockWaitOf } from '../changes/auth';
import { parseItems, saveReport } from '../changes/reportingForm';
import { linkTarget, type LinkTarget } from '../changes/reportingState';
import { ApiError, badRequest, notFound } from '../errors/apiError';
import { countTry, type RefusalTally } from '../http/refusals';
import { windowQuota } from '../http/quota';
import { previewInWorker, tryAgain } from '../kpiImport/inWorker';
import { hashToken } from '../mail/outbox';
import type { Store } from '../store/store';

const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;
const MAX_FILE_BYTES = 700_000;
const IMPORTS_PER_LINK = 30;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * /api/indberetning/<token>: a reporter's part of a round, without an account. Only the link's
 * reporter's figures are reached; a wrong, closed or removed link is the same 404 whatever
 * exists, and wrong guesses count against the client's address with the login's limiter.
 */
export function reportingLinkRoutes({ store, refusals }: { store: Store; refusals: RefusalTally }): Router {
  const router = Router();
  const importing = new Set<string>();
  const imports = windowQuota(IMPORTS_PER_LINK, 15 * 60_000);

  /** The link's target, or 404 (a guess counted); a client locked for guessing gets 429 even for a good link. */
  async function target(req: Request, res: Response): Promise<{ hash: string; target: LinkTarget }> {
    const key = `indberet:ip:${req.ip ?? 'unknown'}`;
    const token = String(req.params.token ?? '');
    const hash = hashToken(token);
    const found = TOKEN.test(token) ? linkTarget(store, hash) : undefined;
    const at = Date.now();
    const wait = lockWaitOf(store, key, at);
    if (found && wait === 0) return { hash, target: found };
    await countTry(store, refusals, res, {
      keys: [key],
      at,
      refusal: { actor: { userId: null, username: null, role: null }, action: 'loginRefused' },
      what: 'forsøg med ugyldige links',
    });
    throw notFound();
  }

  const answer = (t: LinkTarget) => {
    const { round, reporter, submission } = t;
    const programme = store.find('programmes', round.programmeId);
    const ids = new Set(owedItems(reporter).map((o) => o.indicatorId));
    return {
      round: {
        id: round.id,
        year: round.year,
        projectYear: round.projectYear,
        opensOn: round.opensOn,
        dueOn: round.dueOn,
        graceDays: round.graceDays,
        status: round.status,
        programme: String(programme?.name ?? ''),
      },
      organisation: reporter.organisation,
      status: submission?.status ?? 'notStarted',
      returnComment: submission?.status === 'returned' ? submission.returnComment : null,
      submittedAt: submission?.submittedAt ?? null,
      items: formItems(reporter, round, submission, {
        indicators: store.data.indicators?.filter((i) => ids.has(i.id)) ?? [],
        areas: store.data.areas?.filter((a) => a.programmeId === round.programmeId) ?? [],
        measurements: store.data.measurements?.filter((m) => ids.has(m.indicatorId as number)) ?? [],
      }),
    };
  };

  router.get(
    '/:token',
    asyncRoute(async (req, res) => {
      res.set('Referrer-Policy', 'no-referrer');
      res.json(answer((await target(req, res)).target));
    }),
  );
  router.put(
    '/:token',
    asyncRoute(async (req, res) => {
      const { hash } = await target(req, res);
      const { result } = await store.commit(saveReport(hash, parseItems(req.body), false));
      res.json({ ...answer(linkTarget(store, hash)!), savedAt: result.savedAt });
    }),
  );
  router.post(
    '/:token/submit',
    asyncRoute(async (req, res) => {
      const { hash } = await target(req, res);
      const items =
        req.body && typeof req.body === 'object' && 'items' in req.body ? parseItems(req.body) : [];
      await store.commit(saveReport(hash, items, true));
      res.json(answer(linkTarget(store, hash)!));
    }),
  );
  router.get(
    '/:token/template.xlsx',
    asyncRoute(async (req, res) => {
      const { target: t } = await target(req, res);
      const form = answer(t);
      const grid = reporterGrid(
        form.items,
        store.data.indicators ?? [],
        store.data.areas ?? [],
        t.round.year,
      );
      res.set('Content-Type', XLSX);
      res.set('Content-Disposition', `attachment; filename="indberetning-${t.round.year}.xlsx"`);
      const { writeKpiTemplate } = await import('../../report/kpiTemplate');
      await writeKpiTemplate(grid, `${form.round.programme} – ${t.reporter.organisation}`, res);
    }),
  );
  router.post(
    '/:token/import',
    asyncRoute(async (req, res) => {
      const { hash, target: t } = await target(req, res);
      const { filename, content } = (req.body ?? {}) as { filename?: unknown; content?: unknown };
      if (typeof filename !== 'string' || typeof content !== 'string' || !/\.(xlsx|csv)$/i.test(filename))
        throw badRequest('Vælg en xlsx- eller csv-fil', { file: 'Kun xlsx eller csv' });
      if (Buffer.byteLength(content, 'base64') > MAX_FILE_BYTES)
        throw badRequest('Filen er for stor', { file: 'Højst 700 kB' });
      if (importing.has(hash)) throw tryAgain();
      if (!imports.take(hash))
        throw new ApiError(429, 'Prøv igen om lidt: der er læst mange filer gennem linket');
      importing.add(hash);
      try {
        const form = answer(t);
        const grid = reporterGrid(
          form.items,
          store.data.indicators ?? [],
          store.data.areas ?? [],
          t.round.year,
        );
        const preview = JSON.parse(await previewInWorker(grid, filename, content)) as {
          cells: { indicatorId: number; areaId: number | null; error?: string | null }[];
          errors: number;
        };
        // The template may show a figure this reporter does not owe (another area's): not theirs to send.
        const owed = new Set(owedItems(t.reporter).map(owedKey));
        for (const cell of preview.cells)
          if (!cell.error && !owed.has(owedKey(cell)))
            cell.error = 'Tallet hører ikke til jeres indberetning';
        preview.errors = preview.cells.filter((c) => c.error).length;
        res.json(preview);
      } finally {
        importing.delete(hash);
      }
    }),
  );
  return router;
}
