import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What a mapping does and when it counts, above the list. */
export const DirectoryMappingIntro = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mt: 1 }}>
      {translate('beredskab.signIn.mappingsIntro')}
    </Alert>
  );
};
