import { METRICS, SCOPES } from '../../domain/activitySchemas';
import { choicesFor } from '../choices/choicesFor';

export const metricChoices = choicesFor('metrics', METRICS);
export const scopeChoices = choicesFor('scopes', SCOPES);
