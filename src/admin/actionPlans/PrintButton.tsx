import PrintIcon from '@mui/icons-material/Print';
import { Button, LinkBase, useRecordContext } from 'react-admin';

/** Opens the plan as an A4 document for signatures. */
export const PrintButton = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Button
      label="beredskab.actionPlans.print.open"
      component={LinkBase}
      to={`/actionPlans/${record.id}/print`}
    >
      <PrintIcon />
    </Button>
  );
};
