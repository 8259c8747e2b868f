import { Card, CardContent, List, Typography } from '@mui/material';
import { Loading, Title, useLogout, useTranslate } from 'react-admin';
import { SessionItem } from './SessionItem';
import { useEndSession, useOwnSessions } from './useSessions';

/** "Mine sessioner": where the user is signed in; ending another, or this one (a logout). */
export const SessionsPage = () => {
  const translate = useTranslate();
  const sessions = useOwnSessions();
  const end = useEndSession();
  const logout = useLogout();
  if (!sessions.data) return <Loading />;
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate('beredskab.sessions.title')} />
      <CardContent>
        <Typography variant="body2">{translate('beredskab.sessions.intro')}</Typography>
        <List aria-label={translate('beredskab.sessions.title')}>
          {sessions.data.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              ending={end.isPending}
              // This browser's own session ends as a logout does, with what a form has not sent yet.
              onEnd={() => (session.current ? void logout() : end.mutate(session.id))}
            />
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
