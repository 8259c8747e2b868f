import { Edit, ShowButton, TopToolbar } from 'react-admin';
import { HistoryButton } from '../history/HistoryButton';
import { PlanTitle } from './PlanTitle';
import { PlanWizard } from './wizard/PlanWizard';

const EditActions = () => (
  <TopToolbar>
    <HistoryButton />
    <ShowButton />
  </TopToolbar>
);

/**
 * The guided form. It saves through the dataProvider itself (a draft as you type), so the
 * Edit only loads the plan; a save on an old version meets the conflict dialog.
 */
export const ActionPlanEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false} actions={<EditActions />} title={<PlanTitle />}>
    <PlanWizard />
  </Edit>
);
