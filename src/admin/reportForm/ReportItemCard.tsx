import { Box, Card, CardContent, TextField, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslate } from 'react-admin';
import type { ReportItem } from '../api/reporting';
import { useFormatNumber } from '../formatting/useFormatNumber';
import type { Entry } from './reportModel';

interface Props {
  item: ReportItem;
  itemId: string;
  place: string;
  entry: Entry;
  problem: string | undefined;
  readOnly: boolean;
  onChange(key: string, change: Partial<Entry>): void;
}

/** One figure owed: what it is, last year's and the target beside it, the figure and a comment. */
export const ReportItemCard = memo(({ item, itemId, place, entry, problem, readOnly, onChange }: Props) => {
  const translate = useTranslate();
  const { inUnit } = useFormatNumber();
  const t = (key: string, args?: object) => translate(`beredskab.reportForm.${key}`, args);
  const headingId = `item-${itemId}`;
  const facts: [string, string | null | undefined][] = [
    ['definition', item.definition],
    ['dataSource', item.dataSource],
    ['unit', t(item.unit)],
    ['lastYear', inUnit(item.lastYear, item.unit)],
    ['baseline', inUnit(item.baseline, item.unit)],
    ['target', inUnit(item.target, item.unit)],
  ];
  const names = { name: item.name, place };
  return (
    <Card component="section" aria-labelledby={headingId} variant="outlined">
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2">
          {item.name}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {place}
        </Typography>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
            columnGap: 2,
            my: 1,
          }}
        >
          {facts
            .filter(([, value]) => value)
            .map(([key, value]) => (
              <Box key={key} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" fontWeight={600}>
                  {t(key)}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0, mb: { xs: 1, sm: 0.5 } }}>
                  {value}
                </Typography>
              </Box>
            ))}
        </Box>
        {readOnly ? (
          <Typography>
            <strong>{t('value')}:</strong> {entry.text || '–'}
            {entry.comment && ` · ${entry.comment}`}
          </Typography>
        ) : (
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 2 }}>
            <TextField
              label={t('value')}
              value={entry.text}
              onChange={(e) => onChange(itemId, { text: e.target.value })}
              error={!!problem}
              helperText={problem ?? t(item.unit === 'percent' ? 'valueHelpPercent' : 'valueHelpCount')}
              sx={{ width: { xs: '100%', sm: 220 } }}
              slotProps={{
                htmlInput: {
                  'aria-label': t('valueLabel', names),
                  inputMode: 'decimal',
                  autoComplete: 'off',
                },
              }}
            />
            <TextField
              label={t('comment')}
              value={entry.comment}
              onChange={(e) => onChange(itemId, { comment: e.target.value })}
              multiline
              minRows={1}
              sx={{ flex: 1, minWidth: { xs: '100%', sm: 260 } }}
              slotProps={{ htmlInput: { 'aria-label': t('commentLabel', names) } }}
            />
          </Box>
        )}
      </CardContent>
    </Card>
  );
});
ReportItemCard.displayName = 'ReportItemCard';
