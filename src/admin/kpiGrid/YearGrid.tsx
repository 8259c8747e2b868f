import LockIcon from '@mui/icons-material/Lock';
import { Alert, Box, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { CreateLink } from '../nextSteps/CreateLink';
import { useEffect } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { useFormatDate } from '../formatting/useFormatDate';
import { GridTable } from './GridTable';
import { GridToolbar } from './GridToolbar';
import { ImportButton } from './ImportButton';
import { TemplateButton } from './TemplateButton';
import { useGridEdits } from './useGridEdits';
import { useKpiGrid, useSaveGrid } from './useKpiGrid';
import { YearLockButtons } from './YearLockButtons';

interface Props {
  programmeId: number;
  year: number;
  mayEdit: boolean;
  onDirty(dirty: boolean): void;
}

/** One programme's figures for one year: typed, checked and saved together. */
export const YearGrid = ({ programmeId, year, mayEdit, onDirty }: Props) => {
  const translate = useTranslate();
  const format = useFormatDate();
  const { data: grid, error, isPending } = useKpiGrid(programmeId, year);
  const edits = useGridEdits(grid);
  const save = useSaveGrid(programmeId, year, edits);
  const { data: locks } = useGetList('yearLocks', {
    filter: { programmeId, year, active: true },
    pagination: { page: 1, perPage: 1 },
  });
  useEffect(() => onDirty(edits.dirty), [edits.dirty, onDirty]);

  if (isPending) return <LinearProgress />;
  if (error || !grid) return <Alert severity="error">{(error as Error | null)?.message}</Alert>;
  if (grid.indicators.length === 0)
    return (
      <Alert severity="info">
        <Stack gap={1} alignItems="flex-start">
          {translate('beredskab.kpiGrid.noIndicators')}
          <CreateLink
            resource="indicators"
            label="beredskab.empty.next.indicators"
            record={{ programmeId }}
          />
        </Stack>
      </Alert>
    );
  const lock = grid.locked ? locks?.[0] : undefined;
  const editing = mayEdit && !grid.locked;
  const lockButtons = (
    <YearLockButtons programmeId={programmeId} year={year} lock={lock} dirty={edits.dirty} />
  );
  return (
    <Card>
      <CardContent>
        {grid.locked ? (
          <Alert severity="info" icon={<LockIcon />} action={lockButtons} sx={{ mb: 2 }}>
            <strong>{translate('beredskab.kpiGrid.locked', { year })}</strong>
            {lock && <div>{translate('beredskab.kpiGrid.lockReason', { reason: String(lock.reason) })}</div>}
            {lock?.lockedAt && (
              <div>
                {lock.lockedBy
                  ? translate('beredskab.kpiGrid.lockedBy', {
                      by: lock.lockedBy,
                      at: format.instant(lock.lockedAt),
                    })
                  : translate('beredskab.kpiGrid.lockedAt', { at: format.instant(lock.lockedAt) })}
              </div>
            )}
          </Alert>
        ) : (
          <Typography color="text.secondary">
            {translate(mayEdit ? 'beredskab.kpiGrid.intro' : 'beredskab.kpiGrid.readOnly')}
          </Typography>
        )}
        {editing && (
          <GridToolbar
            changed={edits.changes.length}
            invalid={Object.keys(edits.problems).length}
            saving={save.isPending}
            onSave={() => save.mutate()}
          >
            <TemplateButton programmeId={programmeId} year={year} />
            <ImportButton programmeId={programmeId} grid={grid} onTransfer={edits.fill} />
            {lockButtons}
          </GridToolbar>
        )}
        {/* Scrolls sideways on a phone; read-only it has nothing to tab to, so the box itself takes the focus. */}
        <Box
          sx={{ overflowX: 'auto' }}
          tabIndex={editing ? undefined : 0}
          role="region"
          aria-label={translate('beredskab.a11y.scrollRegion', {
            name: translate('beredskab.kpiGrid.title'),
          })}
        >
          <GridTable grid={grid} edits={edits} readOnly={!editing} />
        </Box>
      </CardContent>
    </Card>
  );
};
