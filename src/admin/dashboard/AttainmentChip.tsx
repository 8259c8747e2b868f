import CheckIcon from '@mui/icons-material/CheckCircle';
import CrossIcon from '@mui/icons-material/Cancel';
import QuestionIcon from '@mui/icons-material/HelpOutline';
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AttainmentStatus } from '../../domain/attainment';

const LOOK = {
  met: { color: 'success', icon: <CheckIcon /> },
  notMet: { color: 'error', icon: <CrossIcon /> },
  noData: { color: 'default', icon: <QuestionIcon /> },
} as const;

/** "Opfyldt", "Ikke opfyldt" or "Ingen data": a word and an icon besides the colour. */
export const AttainmentChip = ({ status }: { status: AttainmentStatus }) => {
  const translate = useTranslate();
  const { color, icon } = LOOK[status];
  return (
    <Chip
      size="small"
      color={color}
      variant={status === 'noData' ? 'outlined' : 'filled'}
      icon={icon}
      label={translate(`beredskab.dashboard.statuses.${status}`)}
    />
  );
};
