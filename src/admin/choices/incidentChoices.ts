import { CATEGORIES } from '../../domain/categories';
import { ACTIVATORS, ESCALATION_RISKS, INCIDENT_STATUSES } from '../../domain/incidentValues';
import { LEVELS } from '../../domain/levels';
import { choicesFor } from './choicesFor';

export const levelChoices = choicesFor('levels', LEVELS);
export const categoryChoices = choicesFor('categories', CATEGORIES);
export const activatorChoices = choicesFor('activators', ACTIVATORS);
export const riskChoices = choicesFor('risks', ESCALATION_RISKS);
export const statusChoices = choicesFor('incidentStatuses', INCIDENT_STATUSES);
export const yesNoChoices = [
  { id: true, name: 'beredskab.yes' },
  { id: false, name: 'beredskab.no' },
];
