import type { Theme } from '@mui/material';
import { ArrayInput, ReferenceInput, SelectInput, SimpleFormIterator } from 'react-admin';
import { programmesWhere } from '../../domain/access';
import { iteratorSx } from '../forms/formLayout';
import { useGrants } from '../providers/useGrants';
import { AddMembershipButton, PROGRAMME_PICKER } from './AddMembershipButton';
import { programmeRoleChoices } from './choices';

/** Inputs a thumb can hit on a phone: 44 px and more, like the layout's buttons. */
const rowSx = (theme: Theme) => ({
  ...iteratorSx,
  '& .RaSimpleFormIterator-inline': { gap: 1, alignItems: 'flex-start' },
  [theme.breakpoints.down('sm')]: {
    '& .MuiSelect-select': { minHeight: 44, boxSizing: 'border-box' },
    '& .RaSimpleFormIterator-inline > *': { width: '100%' },
  },
});

/**
 * The user's programmes and role in each, one row per programme. The programmes offered are
 * those whose users the logged-in administrator manages (all, for the system administrator).
 */
export const MembershipsInput = () => {
  const grants = useGrants();
  if (!grants) return null;
  const managed = programmesWhere(grants, 'edit', 'users');
  return (
    <ArrayInput source="memberships" isRequired helperText="beredskab.users.membershipsHelp">
      <SimpleFormIterator
        inline
        disableReordering
        disableClear
        sx={rowSx}
        addButton={<AddMembershipButton />}
      >
        <ReferenceInput
          source="programmeId"
          reference="programmes"
          sort={{ field: 'name', order: 'ASC' }}
          filter={managed ? { id: [...managed] } : {}}
          perPage={500}
        >
          <SelectInput
            optionText="name"
            className={PROGRAMME_PICKER}
            isRequired
            label="beredskab.users.membershipProgramme"
            helperText={false}
            sx={{ minWidth: 260 }}
          />
        </ReferenceInput>
        <SelectInput
          source="role"
          choices={programmeRoleChoices}
          defaultValue="editor"
          isRequired
          label="beredskab.users.membershipRole"
          helperText={false}
          sx={{ minWidth: 220 }}
        />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
