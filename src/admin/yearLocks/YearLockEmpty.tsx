import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** No year is locked yet; locking happens on the grid page, not here. */
export const YearLockEmpty = () => {
  const translate = useTranslate();
  const name = translate('resources.yearLocks.name', { smart_count: 2 }).toLowerCase();
  return (
    <Box textAlign="center" m={4}>
      <Typography variant="h6" gutterBottom>
        {translate('beredskab.empty.title', { name })}
      </Typography>
      <Typography>{translate('beredskab.yearLocks.readOnly')}</Typography>
    </Box>
  );
};
