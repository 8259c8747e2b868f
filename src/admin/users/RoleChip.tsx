import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Role } from '../../domain/roles';

/** The role in words; an administrator stands out, since they may do everything. */
export const RoleChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const role = record?.role as Role | undefined;
  if (!role) return null;
  return (
    <Chip
      size="small"
      color={role === 'admin' ? 'secondary' : 'default'}
      variant={role === 'admin' ? 'filled' : 'outlined'}
      label={translate(`beredskab.roles.${role}`)}
    />
  );
};
