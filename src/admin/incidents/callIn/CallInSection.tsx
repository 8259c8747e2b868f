import { Box, Divider, LinearProgress, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ASKS_FOR_REPLY } from '../../notifications/choices';
import { MailNotSentNote } from '../../notifications/MailNotSentNote';
import { CalledPersonItem } from './CalledPersonItem';
import { useCalledPeople, type CalledPerson } from './useCalledPeople';

const count = (people: readonly CalledPerson[], reply: CalledPerson['reply']) =>
  people.filter((p) => p.reply === reply).length;

/** "Indkaldelse": whom the server mailed for the shown incident, and what they answered. Not for the board. */
export const CallInSection = () => {
  const incident = useRecordContext();
  const translate = useTranslate();
  const { canAccess, isPending, people } = useCalledPeople(incident ? Number(incident.id) : undefined);
  if (!incident || !canAccess) return null;
  // Those asked to come, not the board's briefing nor the conveners' reminders.
  const asked = people.filter((p) => p.mails.some((m) => ASKS_FOR_REPLY.has(m.kind)));
  return (
    <>
      <Divider />
      <Box component="section" aria-labelledby="incident-call-in-title" sx={{ p: 2 }}>
        <Typography variant="h6" id="incident-call-in-title" mb={1}>
          {translate('beredskab.callIn.title')}
        </Typography>
        <MailNotSentNote />
        {isPending ? (
          <LinearProgress />
        ) : people.length === 0 ? (
          <Typography color="text.secondary">{translate('beredskab.callIn.empty')}</Typography>
        ) : (
          <>
            {asked.length > 0 && (
              <Typography variant="body2" color="text.secondary" mb={1}>
                {translate('beredskab.callIn.summary', {
                  people: asked.length,
                  yes: count(asked, 'yes'),
                  no: count(asked, 'no'),
                  none: count(asked, null),
                })}
              </Typography>
            )}
            <Box
              component="ul"
              aria-labelledby="incident-call-in-title"
              sx={{ listStyle: 'none', m: 0, p: 0 }}
            >
              {people.map((person) => (
                <CalledPersonItem key={person.key} person={person} />
              ))}
            </Box>
          </>
        )}
      </Box>
    </>
  );
};
