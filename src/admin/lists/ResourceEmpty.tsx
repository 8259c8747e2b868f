import { Box, Typography } from '@mui/material';
import { CreateButton, useCanAccess, useResourceContext, useTranslate } from 'react-admin';

/** The empty list: an invitation to create for those who may, a plain note for readers. */
export const ResourceEmpty = () => {
  const resource = useResourceContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'create', resource });
  const name = translate(`resources.${resource}.name`, { smart_count: 2 }).toLowerCase();
  return (
    <Box textAlign="center" m={4}>
      <Typography variant="h6" gutterBottom>
        {translate('beredskab.empty.title', { name })}
      </Typography>
      {canAccess ? (
        <CreateButton variant="contained" />
      ) : (
        <Typography>{translate('beredskab.empty.readOnly')}</Typography>
      )}
    </Box>
  );
};
