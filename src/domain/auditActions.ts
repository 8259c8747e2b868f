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
  'passwordInvite',
  'passwordResetRequest',
  'passwordReset',
  'userCreate',
  'userUpdate',
  'restore',
  'erasure',
  'auditRedacted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
