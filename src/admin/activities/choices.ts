import { METRICS, SCOPES } from '../../domain/activitySchemas';
import { choicesFor } from '../misc/choices';

export const metricChoices = choicesFor('metrics', METRICS);
export const scopeChoices = choicesFor('scopes', SCOPES);
