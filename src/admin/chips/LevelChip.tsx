import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Level } from '../../domain/levels';

/** Colour plus the level's name in text, so the level is readable without seeing colour. */
export const COLOURS: Record<Level, { bg: string; fg: string }> = {
  green: { bg: '#2e7d32', fg: '#fff' },
  yellow: { bg: '#f9a825', fg: '#000' },
  red: { bg: '#c62828', fg: '#fff' },
};

export const LevelChip = ({ source = 'level' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const level = record?.[source] as Level | undefined;
  if (!level) return null;
  return (
    <Chip
      size="small"
      label={translate(`beredskab.levels.${level}`)}
      sx={{ bgcolor: COLOURS[level].bg, color: COLOURS[level].fg, fontWeight: 600 }}
    />
  );
};
