import { ApiError, badRequest } from '../errors/apiError';
import type { Grid } from '../../domain/kpiGrid';
import { runTask, TaskFailed } from '../worker/runTask';

/** A file waits this long for one of the pool's workers before the answer is to try again. */
const MAX_WAIT_MS = 2_000;

export const tryAgain = () => new ApiError(429, 'Prøv igen om lidt: serveren læser andre filer lige nu');

/**
 * A file is read off the request thread, in a worker with a cap on memory and time: a
 * small file that unpacks to something huge ends the worker, not the server's patience.
 */
export async function previewInWorker(grid: Grid, filename: string, content: string) {
  try {
    return await runTask<string>(
      new URL('./preview.ts', import.meta.url),
      'previewImportJson',
      { grid, filename, content },
      {
        resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
        timeoutMs: 15_000,
        maxWaitMs: MAX_WAIT_MS,
        // Below the requests: six files being read must not slow everyone else's answers.
        lowPriority: true,
      },
    );
  } catch (err) {
    if (err instanceof TaskFailed && err.reason === 'busy') throw tryAgain();
    if (err instanceof TaskFailed && err.status === 400) throw new ApiError(400, err.message, err.errors);
    if (err instanceof TaskFailed && err.reason !== 'error')
      throw badRequest('Filen er for stor eller for indviklet til at blive læst', {
        file: 'Gem den igen i Excel med almindelige celler, eller del den op',
      });
    throw err;
  }
}
