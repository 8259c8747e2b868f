import { AUDIT_ACTIONS } from '../../domain/auditActions';
import { RESOURCE_NAMES } from '../../domain/resourceNames';
import { choicesFor } from '../choices/choicesFor';

export const actionChoices = choicesFor('auditActions', AUDIT_ACTIONS);

/** The resources whose records the log names. */
export const AUDITED_RESOURCES = [...RESOURCE_NAMES, 'users'] as const;
