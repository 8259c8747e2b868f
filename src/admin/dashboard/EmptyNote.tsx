import { Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** What an empty section says instead of drawing an empty chart. */
export const EmptyNote = ({ children, help }: { children: ReactNode; help?: ReactNode }) => (
  <div role="status">
    <Typography sx={{ py: 1 }}>{children}</Typography>
    {help && (
      <Typography variant="body2" color="text.secondary">
        {help}
      </Typography>
    )}
  </div>
);
