import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useCanAccess, useTranslate } from 'react-admin';
import { useRemoveDemo, useStart } from './useStart';

/**
 * "Fjern demodata", the system administrator's, while the demo programmes are there: asks first,
 * naming them, then the server removes them and everything of theirs (POST /api/demo/remove).
 */
export const RemoveDemoButton = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'delete', resource: 'demo' });
  const { data } = useStart();
  const remove = useRemoveDemo();
  const [asking, setAsking] = useState(false);
  if (!canAccess || !data || data.demo.length === 0) return null;
  const names = data.demo.map((p) => p.name).join(', ');
  return (
    <>
      {/* MUI's button, not react-admin's: on a phone that one is a bare icon, too terse for a removal. */}
      <Button
        variant="outlined"
        color="error"
        disabled={remove.isPending}
        onClick={() => setAsking(true)}
        startIcon={<DeleteSweepIcon />}
        sx={{ minHeight: 44 }}
      >
        {translate('beredskab.start.demo.remove')}
      </Button>
      <Confirm
        isOpen={asking}
        title="beredskab.start.demo.confirmTitle"
        content="beredskab.start.demo.confirmContent"
        translateOptions={{ names }}
        confirm="beredskab.start.demo.remove"
        confirmColor="warning"
        onClose={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          remove.mutate();
        }}
      />
    </>
  );
};
