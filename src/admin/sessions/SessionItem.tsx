import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OwnSession } from '../api/signIn';
import { useFormatDate } from '../formatting/useFormatDate';
import { browserName } from './browserName';

/** One session: the browser, when it signed in and was last used, and "Log ud". */
export const SessionItem = ({
  session,
  onEnd,
  ending,
}: {
  session: OwnSession;
  onEnd: () => void;
  ending: boolean;
}) => {
  const translate = useTranslate();
  const dates = useFormatDate();
  const browser = browserName(session.userAgent) ?? translate('beredskab.sessions.unknownBrowser');
  return (
    <Box
      component="li"
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: 1,
        py: 1.5,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ flex: '1 1 16rem', minWidth: 0 }}>
        <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
          <Typography component="span" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
            {browser}
          </Typography>
          {session.current && (
            <Chip size="small" color="primary" label={translate('beredskab.sessions.current')} />
          )}
          {session.pending && (
            <Chip size="small" color="warning" label={translate('beredskab.sessions.pending')} />
          )}
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate(`beredskab.sessions.methods.${session.method}`)} ·{' '}
          {translate('beredskab.sessions.createdAt')} {dates.instant(session.createdAt)} ·{' '}
          {translate('beredskab.sessions.lastSeenAt')} {dates.instant(session.lastSeenAt)}
        </Typography>
      </Box>
      <Button
        variant="outlined"
        onClick={onEnd}
        disabled={ending}
        aria-label={translate('beredskab.sessions.logoutOf', { browser })}
        sx={{ minHeight: 44 }}
      >
        {translate('beredskab.sessions.logout')}
      </Button>
    </Box>
  );
};
