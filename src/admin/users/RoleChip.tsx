import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Role } from '../../domain/roles';

/** The role in words; a system administrator stands out (every programme), a programme administrator a little. */
export const RoleChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const role = record?.role as Role | undefined;
  if (!role) return null;
  return (
    <Chip
      size="small"
      color={role === 'admin' ? 'secondary' : role === 'programmeAdmin' ? 'primary' : 'default'}
      variant={role === 'admin' ? 'filled' : 'outlined'}
      label={translate(`beredskab.roles.${role}`)}
    />
  );
};
