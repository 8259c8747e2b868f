import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Stack } from '@mui/material';
import { Button, LinkBase } from 'react-admin';

/** On screen only: back to the plan, and the browser's print dialog. */
export const PrintToolbar = ({ id }: { id: string }) => (
  <Stack direction="row" gap={1} justifyContent="center" className="no-print" sx={{ pt: 2 }}>
    <Button label="beredskab.actionPlans.print.back" component={LinkBase} to={`/actionPlans/${id}/show`}>
      <ArrowBackIcon />
    </Button>
    <Button label="beredskab.actionPlans.print.print" onClick={() => window.print()} variant="contained">
      <PrintIcon />
    </Button>
  </Stack>
);
