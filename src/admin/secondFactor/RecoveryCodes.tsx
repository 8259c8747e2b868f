import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { saveBlob } from '../export/downloadFile';

/** The ten recovery codes, shown this once: to write down or download, then "Jeg har gemt koderne". */
export const RecoveryCodes = ({ codes, onSaved }: { codes: string[]; onSaved: () => void }) => {
  const translate = useTranslate();
  const download = () =>
    saveBlob(
      new Blob([`${translate('beredskab.secondFactor.codesList')} (Beredskab)\n\n${codes.join('\n')}\n`], {
        type: 'text/plain;charset=utf-8',
      }),
      'beredskab-gendannelseskoder.txt',
    );
  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        {translate('beredskab.secondFactor.codesTitle')}
      </Typography>
      <Typography variant="body2">{translate('beredskab.secondFactor.codesIntro')}</Typography>
      <Box
        component="ol"
        aria-label={translate('beredskab.secondFactor.codesList')}
        sx={{
          columns: 2,
          columnGap: 4,
          m: 0,
          pl: 3,
          fontFamily: 'monospace',
          fontSize: '1.05rem',
          lineHeight: 1.8,
        }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <div>
        <Button onClick={download} startIcon={<DownloadIcon />} sx={{ minHeight: 44 }}>
          {translate('beredskab.secondFactor.download')}
        </Button>
      </div>
      <Button variant="contained" onClick={onSaved} sx={{ minHeight: 44 }}>
        {translate('beredskab.secondFactor.codesSaved')}
      </Button>
    </Stack>
  );
};
