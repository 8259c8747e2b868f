import { Box, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useFormatDate } from '../formatting/useFormatDate';

export interface TimelineItem {
  key: string;
  /** A short reference shown before the time, e.g. "#5" for a log entry. */
  tag?: string;
  /** ISO instant; the list is newest first. */
  at: string;
  title: string;
  lines?: { label: string; text: string }[];
  marks?: { label: string; color?: 'default' | 'warning' | 'info' | 'success' }[];
  author?: string | null;
  /** Greyed out: e.g. a log entry a later entry corrects. */
  muted?: boolean;
  action?: ReactNode;
}

const byNewest = (a: TimelineItem, b: TimelineItem) =>
  b.at.localeCompare(a.at) || b.key.localeCompare(a.key, undefined, { numeric: true });

/**
 * Events in time order, newest first: the incident log, a plan's history, or both merged.
 * Text only, never markup: what users typed is shown, not interpreted.
 */
export const Timeline = ({
  items,
  empty,
  label,
}: {
  items: TimelineItem[];
  empty: string;
  label: string;
}) => {
  const translate = useTranslate();
  const format = useFormatDate();
  if (items.length === 0) return <Typography color="text.secondary">{translate(empty)}</Typography>;
  return (
    <Box
      component="ol"
      aria-label={translate(label)}
      className="timeline"
      sx={{ listStyle: 'none', m: 0, p: 0 }}
    >
      {[...items].sort(byNewest).map((item) => (
        <Box
          component="li"
          key={item.key}
          className="timeline-item"
          sx={{
            borderLeft: 3,
            borderColor: item.muted ? 'divider' : 'primary.light',
            borderLeftStyle: item.muted ? 'dashed' : 'solid',
            pl: 1.5,
            pb: 1.5,
            // Greyed by a background, not by fading the text: faded text falls below 4.5:1.
            bgcolor: item.muted ? 'grey.100' : undefined,
          }}
        >
          <Typography variant="caption" color="text.secondary" component="div">
            {item.tag ? `${item.tag} · ` : ''}
            <time dateTime={item.at}>{format.instant(item.at)}</time>
            {item.author ? ` · ${item.author}` : ''}
          </Typography>
          <Typography variant="body2" fontWeight={600} sx={{ whiteSpace: 'pre-wrap' }}>
            {item.title}
          </Typography>
          {item.lines?.map((line) => (
            <Typography key={line.label} variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              <Box component="span" color="text.secondary">
                {line.label}:
              </Box>{' '}
              {line.text}
            </Typography>
          ))}
          {(item.marks?.length || item.action) && (
            <Stack direction="row" gap={1} mt={0.5} alignItems="center" flexWrap="wrap">
              {item.marks?.map((mark) => (
                <Chip
                  key={mark.label}
                  size="small"
                  variant="outlined"
                  color={mark.color}
                  label={mark.label}
                />
              ))}
              {item.action}
            </Stack>
          )}
        </Box>
      ))}
    </Box>
  );
};
