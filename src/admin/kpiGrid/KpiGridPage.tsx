import { Box, LinearProgress } from '@mui/material';
import { useCallback, useRef } from 'react';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import type { PeriodQuery } from '../api/period';
import { NoProgrammes } from '../periods/NoProgrammes';
import { PeriodSelector } from '../periods/PeriodSelector';
import { usePeriodParams } from '../periods/usePeriodParams';
import { YearGrid } from './YearGrid';

/** "Årets tal": the year's figures of a programme on one screen. The board reads them here too. */
export const KpiGridPage = () => {
  const translate = useTranslate();
  const { programmes, programme, period, isPending, change } = usePeriodParams('kpiGrid.period');
  // The figures of this programme: an editor of one programme may be a board member of another.
  const { canAccess: mayEdit = false } = useCanAccess({
    action: 'edit',
    resource: 'measurements',
    record: period && { programmeId: period.programmeId },
  });
  const dirty = useRef(false);
  const onDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  // Another programme or year replaces the grid: typed figures are not dropped unasked.
  const guardedChange = (next: Partial<PeriodQuery>) => {
    if (!dirty.current || window.confirm(translate('beredskab.kpiGrid.discard'))) change(next);
  };
  return (
    <Box sx={{ pb: 4 }}>
      <Title title={translate('beredskab.kpiGrid.title')} />
      {!isPending && programmes.length === 0 ? (
        <NoProgrammes />
      ) : period && programme ? (
        <>
          <PeriodSelector
            programmes={programmes}
            programme={programme}
            period={period}
            onChange={guardedChange}
            withProjectYear={false}
          />
          <YearGrid
            key={`${period.programmeId}:${period.year}`}
            programmeId={period.programmeId}
            year={period.year}
            mayEdit={mayEdit}
            onDirty={onDirty}
          />
        </>
      ) : (
        <LinearProgress sx={{ mt: 3 }} />
      )}
    </Box>
  );
};
