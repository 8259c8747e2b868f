import { Link as MuiLink, Typography } from '@mui/material';
import { LinkBase, useCanAccess, useTranslate } from 'react-admin';

/** Where an empty page sends administrators: the checklist "Kom i gang" of what a programme needs. */
export const ChecklistLink = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'start' });
  if (!canAccess) return null;
  return (
    <Typography variant="body2" sx={{ mt: 1 }}>
      <MuiLink component={LinkBase} to="/start">
        {translate('beredskab.start.open')}
      </MuiLink>
    </Typography>
  );
};
