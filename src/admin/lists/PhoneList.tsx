import type { ReactElement } from 'react';
import { SimpleList, type SimpleListProps } from 'react-admin';

export interface PhoneListProps {
  primaryText: SimpleListProps['primaryText'];
  secondaryText?: SimpleListProps['secondaryText'];
  /** Rendered on the right of each row with the row's record in context, e.g. a status chip. */
  chip?: ReactElement;
}

/** A list's rows on a phone: react-admin's SimpleList, a tap opens the record. */
export const PhoneList = ({ primaryText, secondaryText, chip }: PhoneListProps) => (
  <SimpleList
    primaryText={primaryText}
    secondaryText={secondaryText}
    rightIcon={chip ? () => chip : undefined}
    rowClick="show"
    sx={{ '& .MuiListItemIcon-root': { minWidth: 0, ml: 1 } }}
  />
);
