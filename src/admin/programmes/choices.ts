import { EXTRA_CLOSED_DAYS } from '../../domain/workingDays';
import { choicesFor } from '../choices/choicesFor';

export const closedDayChoices = choicesFor('closedDays', EXTRA_CLOSED_DAYS);
