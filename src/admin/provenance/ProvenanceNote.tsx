import { Typography, type TypographyProps } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import type { Provenance } from '../api/reporting';
import { useFormatDate } from '../formatting/useFormatDate';

interface Props extends Pick<TypographyProps, 'variant' | 'component'> {
  provenance: Provenance | null | undefined;
  /** Only who reported it (a grid cell); the round and the dates in the full note. */
  short?: boolean;
}

/**
 * Where a figure came from: the reporter's organisation, the round, submitted and approved by
 * and at; or typed in by the secretariat (no provenance). The board sees the organisation too.
 */
export const ProvenanceNote = ({
  provenance,
  short = false,
  variant = 'body2',
  component = 'span',
}: Props) => {
  const translate = useTranslate();
  const { day, instant } = useFormatDate();
  const reporter = useGetOne('reporters', { id: provenance?.reporterId ?? 0 }, { enabled: !!provenance });
  const round = useGetOne(
    'reportingRounds',
    { id: provenance?.roundId ?? 0 },
    { enabled: !!provenance && !short },
  );
  const t = (key: string, args?: object) => translate(`beredskab.provenance.${key}`, args);
  if (!provenance)
    return (
      <Typography variant={variant} component={component}>
        {t('typed')}
      </Typography>
    );
  const who = t('reported', { organisation: reporter.data?.organisation ?? '…' });
  const parts = short
    ? [who]
    : [
        who,
        round.data ? t('round', { year: round.data.year }) : undefined,
        t('submitted', { at: instant(provenance.submittedAt) }),
        t('approved', { by: provenance.approvedBy, at: day(provenance.approvedAt.slice(0, 10)) }),
      ];
  return (
    <Typography variant={variant} component={component} data-provenance>
      {parts.filter(Boolean).join(' · ')}
    </Typography>
  );
};
