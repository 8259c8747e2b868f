import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Membership } from '../../domain/access';
import { useProgrammeNames } from './useProgrammeNames';

/** The user's programmes and role in each, as chips ("Randers Øst · Redaktør"); everything for a system administrator. */
export const MembershipsField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const names = useProgrammeNames();
  if (!record) return null;
  const memberships = (record.memberships ?? []) as Membership[];
  if (record.role === 'admin')
    return <Typography variant="body2">{translate('beredskab.users.allProgrammes')}</Typography>;
  if (memberships.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('beredskab.users.noMemberships')}
      </Typography>
    );
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap" component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {memberships.map((m) => (
        <li key={m.programmeId}>
          <Chip
            size="small"
            variant="outlined"
            label={`${names.get(m.programmeId) ?? `#${m.programmeId}`} · ${translate(`beredskab.roles.${m.role}`)}`}
          />
        </li>
      ))}
    </Stack>
  );
};
