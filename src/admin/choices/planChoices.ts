import { AUDIENCES, PLAN_STATUSES } from '../../domain/actionPlanSchema';
import { TOOLBOX, type ToolboxParty } from '../../domain/toolbox';
import { choicesFor } from './choicesFor';

export const planStatusChoices = choicesFor('planStatuses', PLAN_STATUSES);
export const audienceChoices = choicesFor('audiences', AUDIENCES);
export const toolboxParties = Object.keys(TOOLBOX) as ToolboxParty[];
