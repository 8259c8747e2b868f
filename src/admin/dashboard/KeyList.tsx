import { Stack, Typography, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';

export interface KeyItem {
  key: string;
  /** The sample of the line or fill: decoration, hidden from screen readers. */
  swatch: ReactNode;
  label: string;
}

/** A chart's key in page text: each swatch beside the name that says what it stands for. */
export const KeyList = ({
  items,
  className,
  sx,
}: {
  items: KeyItem[];
  className?: string;
  sx?: SxProps<Theme>;
}) => (
  <Stack
    component="ul"
    className={className}
    direction="row"
    flexWrap="wrap"
    gap={2}
    sx={[{ listStyle: 'none', p: 0, m: 0 }, ...(Array.isArray(sx) ? sx : [sx])]}
  >
    {items.map(({ key, swatch, label }) => (
      <Stack key={key} direction="row" alignItems="center" gap={0.5} component="li">
        {swatch}
        <Typography variant="body2">{label}</Typography>
      </Stack>
    ))}
  </Stack>
);
