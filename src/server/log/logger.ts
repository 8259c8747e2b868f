import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { REDACTED_PATHS } from './redaction';

const LEVELS = [...Object.keys(pino.levels.values), 'silent'];
const asked = process.env.LOG_LEVEL?.trim() || 'info';
const level = LEVELS.includes(asked) ? asked : 'info';

/** A logger at `level` writing to `destination`, secrets and confidential fields censored wherever they sit. */
export function createLogger(atLevel: string, destination: DestinationStream): Logger {
  return pino(
    {
      level: atLevel,
      redact: { paths: REDACTED_PATHS, censor: '[skjult]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/**
 * The server's logger: one JSON object per line on stdout (`LOG_LEVEL`, default info), or
 * lines for a person at a terminal with `LOG_PRETTY=1`. Nobody logs a body in the first place.
 */
export const logger: Logger = createLogger(
  level,
  process.env.LOG_PRETTY === '1'
    ? pretty({
        sync: true,
        translateTime: 'SYS:yyyy-mm-dd HH:MM:ss',
        // A request on one line: "GET /api/incidents/:id 200 4 ms besvaret {"reqId":…}".
        messageFormat: '{if method}{method} {route} {status} {ms} ms {end}{msg}',
        ignore: 'pid,hostname,method,route,status,ms',
        singleLine: true,
      })
    : pino.destination({ dest: 1, sync: true }),
);

if (level !== asked) logger.warn(`LOG_LEVEL=${asked} kendes ikke; info bruges (${LEVELS.join(', ')})`);

/**
 * The server's own start and stop lines: written at info even under a quieter LOG_LEVEL
 * (only `silent` silences them), so an operator, and a test, always sees that it listens.
 */
export const lifecycle: Logger =
  level === 'silent' || pino.levels.values[level]! <= pino.levels.values.info!
    ? logger
    : logger.child({}, { level: 'info' satisfies Level });
