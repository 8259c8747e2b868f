import { ROLES } from '../../domain/roles';
import { choicesFor } from '../misc/choices';

export const roleChoices = choicesFor('roles', ROLES);
export const activeChoices = [
  { id: true, name: 'beredskab.yes' },
  { id: false, name: 'beredskab.no' },
];
