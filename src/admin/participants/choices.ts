import { RESPONSE_GROUPS } from '../../domain/incidentValues';
import { choicesFor } from '../choices/choicesFor';

export const responseGroupChoices = choicesFor('responseGroups', RESPONSE_GROUPS);
