import { Box, Typography } from '@mui/material';
import { MailAddress } from '../../notifications/MailAddress';
import { MailLine } from './MailLine';
import type { CalledPerson } from './useCalledPeople';

/** A person called in: name and address, then each mail they were sent, oldest first. */
export const CalledPersonItem = ({ person }: { person: CalledPerson }) => (
  <Box
    component="li"
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', md: '16rem 1fr' },
      columnGap: 2,
      py: 1,
      borderTop: 1,
      borderColor: 'divider',
    }}
  >
    <Box minWidth={0}>
      <Typography variant="body2" fontWeight={600}>
        {person.name ?? person.to}
      </Typography>
      {person.name && (
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          <MailAddress to={person.to} />
        </Typography>
      )}
    </Box>
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {person.mails.map((mail) => (
        <MailLine key={mail.id} mail={mail} />
      ))}
    </Box>
  </Box>
);
