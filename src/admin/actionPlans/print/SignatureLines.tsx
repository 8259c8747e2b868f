import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Participant } from '../../../domain/participantSchema';

/** One block per signatory: who they are, a line to sign on, and the date. */
export const SignatureLines = ({ signatories }: { signatories: readonly Participant[] }) => {
  const translate = useTranslate();
  const line = { borderBottom: '1px solid #000', height: 36, mb: 0.5 };
  return (
    <Box display="grid" gridTemplateColumns="1fr 1fr" columnGap={6} rowGap={4} mt={2}>
      {signatories.map((p) => (
        <Box
          key={p.id}
          className="signature"
          role="group"
          aria-label={translate('beredskab.actionPlans.print.signatureOf', { name: p.name })}
        >
          <Box display="grid" gridTemplateColumns="3fr 1fr" columnGap={2}>
            <Box>
              <Box sx={line} />
              <Typography variant="caption">{translate('beredskab.actionPlans.print.signature')}</Typography>
            </Box>
            <Box>
              <Box sx={line} />
              <Typography variant="caption">{translate('beredskab.actionPlans.print.date')}</Typography>
            </Box>
          </Box>
          <Typography variant="body2" fontWeight={600} mt={1}>
            {p.name}
          </Typography>
          <Typography variant="body2">{p.title}</Typography>
          <Typography variant="body2">{p.organisation}</Typography>
        </Box>
      ))}
    </Box>
  );
};
