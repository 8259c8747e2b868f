import { RESOURCES } from '../../domain/resources';

/** Keys whose values are secrets wherever they sit in a logged object. */
const SECRETS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'secret',
  'recoveryCodes',
  'cookie',
  'authorization',
  'set-cookie',
  // A request's body and its search: what a user wrote, never a log's business.
  'body',
  'q',
  'query',
];

/** The fields resources declare confidential, read from their one declaration in the domain. */
export const CONFIDENTIAL_FIELDS: readonly string[] = [
  ...new Set(Object.values(RESOURCES).flatMap((def) => def.confidential)),
];

const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `["${name}"]`);

/**
 * pino's redaction paths: every secret and confidential key at the top of a line and two
 * levels down (`err.detail.password`, `req.headers.cookie`), which is as deep as our lines go.
 */
export const REDACTED_PATHS: string[] = [...SECRETS, ...CONFIDENTIAL_FIELDS].flatMap((name) => [
  key(name).replace(/^\./, ''),
  `*${key(name)}`,
  `*.*${key(name)}`,
]);
