import SaveIcon from '@mui/icons-material/Save';
import { CircularProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';

interface Props {
  changed: number;
  invalid: number;
  saving: boolean;
  onSave(): void;
  children?: React.ReactNode;
}

/** "Gem" for the whole grid, what it will save, and why it cannot yet. */
export const GridToolbar = ({ changed, invalid, saving, onSave, children }: Props) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap" sx={{ my: 2 }}>
      <LabelledButton
        label="beredskab.kpiGrid.save"
        variant="contained"
        onClick={onSave}
        disabled={changed === 0 || invalid > 0 || saving}
      >
        {saving ? <CircularProgress size={16} /> : <SaveIcon />}
      </LabelledButton>
      <Typography color="text.secondary" role="status">
        {changed > 0 && translate('beredskab.kpiGrid.changed', { smart_count: changed })}
      </Typography>
      {invalid > 0 && (
        <Typography color="error" role="alert">
          {translate('beredskab.kpiGrid.invalid', { smart_count: invalid })}
        </Typography>
      )}
      <Stack direction="row" gap={1} ml="auto" flexWrap="wrap">
        {children}
      </Stack>
    </Stack>
  );
};
