import { EXTRA_CLOSED_DAYS } from '../../domain/workingDays';
import { choicesFor } from '../misc/choices';

export const closedDayChoices = choicesFor('closedDays', EXTRA_CLOSED_DAYS);
