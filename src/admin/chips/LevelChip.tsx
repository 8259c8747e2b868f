import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Level } from '../../domain/levels';
import { LEVEL_COLOURS, LEVEL_TEXT } from './levelColours';

/** Colour plus the level's name in text, so the level is readable without seeing colour. */
export const LevelChip = ({ source = 'level' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const level = record?.[source] as Level | undefined;
  if (!level) return null;
  return (
    <Chip
      size="small"
      label={translate(`beredskab.levels.${level}`)}
      sx={{ bgcolor: LEVEL_COLOURS[level], color: LEVEL_TEXT[level], fontWeight: 600 }}
    />
  );
};
