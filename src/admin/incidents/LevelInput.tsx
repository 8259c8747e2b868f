import CheckIcon from '@mui/icons-material/Check';
import { FormControl, FormHelperText, FormLabel, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { FieldTitle, useInput, useTranslate } from 'react-admin';
import { LEVELS, type Level } from '../../domain/levels';
import { LEVEL_COLOURS, LEVEL_TEXT } from '../chips/levelColours';
import { DeadlinePreview } from './DeadlinePreview';

/**
 * The level (always required) as three large buttons in its colours, a radio group to assistive technology
 * (Tab to a button, Space or Enter picks it), with the deadline it sets right under them.
 */
export const LevelInput = ({ helperText }: { helperText?: string }) => {
  const translate = useTranslate();
  const { field, fieldState, id } = useInput({ source: 'level' });
  const { value, onChange, onBlur, ref } = field;
  const error = fieldState.invalid ? fieldState.error?.message : undefined;
  return (
    <FormControl component="fieldset" error={!!error} sx={{ mb: 2, width: '100%', maxWidth: 560 }}>
      <FormLabel component="legend" id={`${id}-label`} sx={{ mb: 1 }}>
        <FieldTitle source="level" resource="incidents" isRequired />
      </FormLabel>
      <ToggleButtonGroup
        exclusive
        fullWidth
        role="radiogroup"
        aria-required
        aria-labelledby={`${id}-label`}
        value={value ?? null}
        onChange={(_event, picked: Level | null) => picked && onChange(picked)}
        onBlur={onBlur}
        ref={ref}
        sx={{ gap: 1 }}
      >
        {LEVELS.map((level) => {
          const selected = value === level;
          const bg = LEVEL_COLOURS[level];
          const fg = LEVEL_TEXT[level];
          return (
            <ToggleButton
              key={level}
              value={level}
              role="radio"
              aria-checked={selected}
              aria-pressed={undefined}
              sx={{
                minHeight: 56,
                fontSize: '1rem',
                fontWeight: 600,
                textTransform: 'none',
                border: `3px solid ${bg} !important`,
                borderRadius: '8px !important',
                color: 'text.primary',
                bgcolor: 'background.paper',
                '&.Mui-selected, &.Mui-selected:hover': { bgcolor: bg, color: fg },
                '&.Mui-focusVisible': {
                  outline: '3px solid',
                  outlineColor: 'primary.main',
                  outlineOffset: 2,
                },
              }}
            >
              {selected && <CheckIcon sx={{ mr: 0.5 }} aria-hidden />}
              {translate(`beredskab.levels.${level}`)}
            </ToggleButton>
          );
        })}
      </ToggleButtonGroup>
      <FormHelperText>{error ? translate(error, { _: error }) : helperText}</FormHelperText>
      <DeadlinePreview />
    </FormControl>
  );
};
