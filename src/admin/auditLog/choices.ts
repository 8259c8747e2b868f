import { RESOURCE_NAMES } from '../../domain/resourceNames';
import { choicesFor } from '../misc/choices';

/** What the server writes to the log; the names are under beredskab.auditActions. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'statusChange',
  'login',
  'loginFailed',
  'logout',
  'export',
  'passwordChange',
  'userCreate',
  'userUpdate',
] as const;

export const actionChoices = choicesFor('auditActions', AUDIT_ACTIONS);

/** The resources whose records the log names. */
export const AUDITED_RESOURCES = [...RESOURCE_NAMES, 'users'] as const;
