import { PROGRAMME_ROLES, ROLES } from '../../domain/roles';
import { choicesFor } from '../choices/choicesFor';

export const roleChoices = choicesFor('roles', ROLES);
/** A programme administrator makes no system administrators: the choice is not offered. */
export const programmeRoleChoices = choicesFor('roles', PROGRAMME_ROLES);
export const activeChoices = [
  { id: true, name: 'beredskab.yes' },
  { id: false, name: 'beredskab.no' },
];
