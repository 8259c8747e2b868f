import SaveIcon from '@mui/icons-material/Save';
import { CircularProgress, Stack, Typography } from '@mui/material';
import { Button, useTranslate } from 'react-admin';

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
      {/* Named here too: on a phone react-admin draws a disabled button as a bare icon. */}
      <Button
        label="beredskab.kpiGrid.save"
        aria-label={translate('beredskab.kpiGrid.save')}
        variant="contained"
        onClick={onSave}
        disabled={changed === 0 || invalid > 0 || saving}
      >
        {saving ? <CircularProgress size={16} /> : <SaveIcon />}
      </Button>
      <Typography color="text.secondary" role="status">
        {changed > 0 && translate('beredskab.kpiGrid.changed', { smart_count: changed })}
      </Typography>
      {invalid > 0 && (
        <Typography color="error" role="alert">
          {translate('beredskab.kpiGrid.invalid', { smart_count: invalid })}
        </Typography>
      )}
      <Stack direction="row" gap={1} ml="auto">
        {children}
      </Stack>
    </Stack>
  );
};
