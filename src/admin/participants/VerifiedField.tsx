import { Stack } from '@mui/material';
import { LocalDateField } from '../formatting/LocalDateField';
import { StaleChip } from './StaleChip';

/** When the contact was last verified, flagged when that is more than 12 months ago. */
export const VerifiedField = (_props: { source?: string; label?: string }) => (
  <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
    <LocalDateField source="lastVerifiedAt" emptyText="–" />
    <StaleChip />
  </Stack>
);
