import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export const ResponseGroupsField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const groups = (record?.responseGroups as number[] | undefined) ?? [];
  return (
    // Wraps on a phone: the two groups' names together are wider than a narrow screen.
    <Stack direction="row" gap={0.5} flexWrap="wrap">
      {groups.map((g) => (
        <Chip key={g} size="small" variant="outlined" label={translate(`beredskab.responseGroups.${g}`)} />
      ))}
    </Stack>
  );
};
