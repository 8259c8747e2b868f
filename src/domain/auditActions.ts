/** What the audit log records; the panel names them under beredskab.auditActions. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'statusChange',
  'delete',
  'login',
  'loginFailed',
  'loginRefused',
  'logout',
  'export',
  'passwordChange',
  'passwordChangeFailed',
  'passwordChangeRefused',
  'userCreate',
  'userUpdate',
  'restore',
  'erasure',
  'auditRedacted',
  'demoRemoved',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
