/** What the audit log records; the panel names them under beredskab.auditActions. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'statusChange',
  'delete',
  'login',
  'loginFailed',
  'logout',
  'export',
  'passwordChange',
  'userCreate',
  'userUpdate',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
