import { EditButton, TopToolbar } from 'react-admin';
import { HistoryButton } from './HistoryButton';

/** A show page's actions: the record's history (admins) beside Edit (those who may edit). */
export const ShowActions = () => (
  <TopToolbar>
    <HistoryButton />
    <EditButton />
  </TopToolbar>
);
