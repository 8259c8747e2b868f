import { RESPONSE_GROUPS } from '../../domain/incidentValues';
import { choicesFor } from '../misc/choices';

export const responseGroupChoices = choicesFor('responseGroups', RESPONSE_GROUPS);
