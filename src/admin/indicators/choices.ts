import { DIRECTIONS, PERIODS, TARGET_RULES, UNITS } from '../../domain/kpiSchemas';
import { choicesFor } from '../choices/choicesFor';

export const unitChoices = choicesFor('units', UNITS);
export const directionChoices = choicesFor('directions', DIRECTIONS);
export const periodChoices = choicesFor('periods', PERIODS);
export const targetRuleChoices = choicesFor('targetRules', TARGET_RULES);
