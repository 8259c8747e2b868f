import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';

interface Participant {
  id: number;
  name: string;
  email?: string | null;
  organisation?: string | null;
}

/**
 * Adds a person from the programme's contact list (participants) as a contact: their name and
 * e-mail are copied, so the reporter stays as it was if the contact list changes.
 */
export const ContactPicker = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const { setValue, getValues } = useFormContext();
  const programmeId = useWatch({ name: 'programmeId' }) as number | undefined;
  const [picked, setPicked] = useState<Participant | null>(null);
  const { data = [] } = useGetList<Participant>(
    'participants',
    { filter: { programmeId }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 500 } },
    { enabled: programmeId !== undefined && programmeId !== null },
  );
  const add = (person: Participant | null) => {
    if (!person) return;
    const contacts = ((getValues('contacts') as { name: string; email: string }[] | undefined) ?? []).filter(
      (c) => c.name || c.email,
    );
    if (!contacts.some((c) => c.email === person.email))
      setValue('contacts', [...contacts, { name: person.name, email: person.email ?? '' }], {
        shouldDirty: true,
      });
    setPicked(null);
  };
  return (
    <Autocomplete
      options={data.filter((p) => p.email)}
      value={picked}
      onChange={(_e, person) => add(person)}
      getOptionLabel={(p) => [p.name, p.organisation].filter(Boolean).join(', ')}
      disabled={!programmeId}
      sx={{ width: { xs: '100%', sm: 360 }, mb: 2 }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          size="small"
          helperText={translate(
            programmeId ? 'beredskab.reporters.pickContactHelp' : 'beredskab.reporters.pickProgrammeFirst',
          )}
        />
      )}
    />
  );
};
