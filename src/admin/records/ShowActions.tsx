import type { ReactNode } from 'react';
import { EditButton, TopToolbar } from 'react-admin';
import { HistoryButton } from '../history/HistoryButton';

/**
 * A show page's actions: the record's history (admins) beside Edit (those who may edit),
 * after any of the page's own; `editable={false}` when the record can no longer be edited.
 */
export const ShowActions = ({ children, editable = true }: { children?: ReactNode; editable?: boolean }) => (
  <TopToolbar sx={{ flexWrap: 'wrap', gap: 1 }}>
    {children}
    <HistoryButton />
    {editable && <EditButton />}
  </TopToolbar>
);
