import SendIcon from '@mui/icons-material/Send';
import { Box, Button, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate, type RaRecord } from 'react-admin';
import type { BeredskabDataProvider } from '../../providers/dataProvider';

/**
 * "Send orientering til bestyrelsen": the server queues a summary to the programme's board
 * address. Without one the button stays, disabled, with the reason beside it. MUI's button,
 * so a phone shows its words too.
 */
export const BoardBriefingButton = ({
  incidentId,
  programme,
}: {
  incidentId: number;
  programme?: RaRecord;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const brief = useMutation({
    mutationFn: () => dataProvider.briefBoard(incidentId),
    onSuccess: (mail) => {
      notify('beredskab.checklist.briefed', { type: 'success', messageArgs: { to: mail.to } });
      return queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
    onError: (error: Error) =>
      notify(error.message || 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: error.message },
      }),
  });
  const noAddress = !!programme && !programme.boardEmail;
  return (
    <Box>
      <Button
        variant="outlined"
        onClick={() => brief.mutate()}
        disabled={!programme || noAddress || brief.isPending}
        aria-describedby={noAddress ? `board-briefing-hint-${incidentId}` : undefined}
        startIcon={<SendIcon />}
        sx={{ minHeight: 44 }}
      >
        {translate('beredskab.checklist.briefBoard')}
      </Button>
      {noAddress && (
        <Typography
          id={`board-briefing-hint-${incidentId}`}
          variant="caption"
          color="text.secondary"
          component="div"
        >
          {translate('beredskab.checklist.noBoardEmail')}
        </Typography>
      )}
    </Box>
  );
};
