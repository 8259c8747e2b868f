import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { Button, Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, Loading, Title, useTranslate } from 'react-admin';
import { DueCounts } from './DueCounts';
import { DueItems } from './DueItems';
import { useEraseNow, useRetentionPreview } from './useRetention';

/** "Sletning", for admins: what the retention rules say is due, and erasing it now. */
export const RetentionPage = () => {
  const translate = useTranslate();
  const preview = useRetentionPreview();
  const erase = useEraseNow();
  const [asking, setAsking] = useState(false);
  if (!preview.data) return <Loading />;
  const { data } = preview;
  const due = Object.values(data.now).some((n) => n > 0);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('beredskab.retention.title')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography>{translate('beredskab.retention.intro')}</Typography>
          <DueCounts now={data.now} soon={data.next30Days} />
          <div>
            {/* MUI's button, not react-admin's: on a phone that one is a bare icon, too terse for an erasure. */}
            <Button
              variant="contained"
              color="error"
              disabled={!due || erase.isPending}
              onClick={() => setAsking(true)}
              startIcon={<DeleteForeverIcon />}
              sx={{ minHeight: 44 }}
            >
              {translate('beredskab.retention.eraseNow')}
            </Button>
          </div>
          <DueItems preview={data} />
          <Typography variant="h6" component="h2">
            {translate('beredskab.retention.rules')}
          </Typography>
          <List dense>
            {data.programmes.map((p) => (
              <ListItem key={p.id} disableGutters>
                <ListItemText
                  primary={p.name}
                  secondary={
                    p.retentionMonths === null
                      ? translate('beredskab.retention.noRule')
                      : translate('beredskab.retention.months', { smart_count: p.retentionMonths })
                  }
                />
              </ListItem>
            ))}
          </List>
        </Stack>
      </CardContent>
      <Confirm
        isOpen={asking}
        title="beredskab.retention.confirmTitle"
        content="beredskab.retention.confirmContent"
        confirm="beredskab.retention.eraseNow"
        confirmColor="warning"
        onClose={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          erase.mutate();
        }}
      />
    </Card>
  );
};
