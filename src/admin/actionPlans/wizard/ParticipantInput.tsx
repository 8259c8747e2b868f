import { Box } from '@mui/material';
import { AutocompleteInput, ReferenceInput, type RaRecord } from 'react-admin';
import { useWatch } from 'react-hook-form';

interface Props {
  source: string;
  /** Called with the chosen participant, e.g. to fill in their phone. */
  onPick?: (participant: RaRecord | undefined) => void;
  helperText?: string | false;
}

const label = (p: { name: string; organisation: string }) => `${p.name} (${p.organisation})`;

/** A member of the plan's programme's response group, found by name. */
export const ParticipantInput = ({ source, onPick, helperText = false }: Props) => {
  const programmeId = useWatch({ name: 'programmeId' });
  return (
    <Box sx={{ flex: '2 1 320px' }}>
      <ReferenceInput
        source={source}
        reference="participants"
        filter={{ programmeId }}
        sort={{ field: 'name', order: 'ASC' }}
        perPage={100}
      >
        <AutocompleteInput
          optionText={label}
          onChange={(_value, record) => onPick?.(record as RaRecord | undefined)}
          helperText={helperText}
        />
      </ReferenceInput>
    </Box>
  );
};
