import LockResetIcon from '@mui/icons-material/LockReset';
import LogoutIcon from '@mui/icons-material/Logout';
import { Stack, Typography } from '@mui/material';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import { ConfirmButton } from './ConfirmButton';
import { useEndUserSessions, useResetSecondFactor } from './useSignInHelp';

/**
 * How the user signs in (a password here or the organisation's directory), whether a second
 * factor is set up, and an administrator's help: reset the factor, sign the user out everywhere.
 */
export const SignInSection = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const reset = useResetSecondFactor(record?.id ?? 0);
  const endAll = useEndUserSessions(record?.id ?? 0);
  if (!record) return null;
  const name = { name: record.fullName || record.username };
  return (
    <Stack spacing={1}>
      <Labeled label="resources.users.fields.source">
        <Typography variant="body2">
          {translate(`beredskab.signIn.sources.${record.source ?? 'local'}`)}
        </Typography>
      </Labeled>
      <Labeled label="resources.users.fields.secondFactor">
        <Typography variant="body2">
          {translate(record.secondFactor ? 'beredskab.yes' : 'beredskab.no')}
        </Typography>
      </Labeled>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
        {record.secondFactor && (
          <ConfirmButton
            label="beredskab.signIn.resetSecondFactor"
            title={translate('beredskab.signIn.resetTitle', name)}
            content="beredskab.signIn.resetContent"
            icon={<LockResetIcon />}
            pending={reset.isPending}
            onConfirm={() => reset.mutate()}
          />
        )}
        <ConfirmButton
          label="beredskab.signIn.endSessions"
          title={translate('beredskab.signIn.endSessionsTitle', name)}
          content="beredskab.signIn.endSessionsContent"
          icon={<LogoutIcon />}
          pending={endAll.isPending}
          onConfirm={() => endAll.mutate()}
        />
      </Stack>
    </Stack>
  );
};
