import type { ReactNode } from 'react';
import { DataTable, List, type ListProps } from 'react-admin';
import type { PhoneListProps } from './PhoneList';
import { ResourceEmpty } from './ResourceEmpty';
import { ResponsiveList } from './ResponsiveList';

type Props = Pick<ListProps, 'exporter' | 'filters' | 'sort' | 'empty' | 'actions'> &
  PhoneListProps & {
    /** The DataTable's columns. */
    children: ReactNode;
  };

/**
 * A resource's list page, one scaffold for every list: its filters and export, an empty page
 * that invites to create, the columns on a wide screen and the phone list below `sm`. A click
 * opens the record; nothing is changed in bulk.
 */
export const ResourceList = ({
  primaryText,
  secondaryText,
  chip,
  empty = <ResourceEmpty />,
  children,
  ...list
}: Props) => (
  <List empty={empty} {...list}>
    <ResponsiveList primaryText={primaryText} secondaryText={secondaryText} chip={chip}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        {children}
      </DataTable>
    </ResponsiveList>
  </List>
);
