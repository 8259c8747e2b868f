import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { KpiGrid } from '../api/kpiGrid';
import type { Provenance } from '../api/reporting';
import { GridCell } from './GridCell';
import { cellKey, editable, rowsOf } from './gridModel';
import type { GridEdits } from './useGridEdits';

interface Props {
  grid: KpiGrid;
  edits: GridEdits;
  readOnly: boolean;
}

/**
 * The area column stays in view while the grid scrolls sideways in its box (on a phone). Its
 * width is capped and long names wrap ("Området omkring Glarbjergvej, …" is 400 px on one
 * line), so the figures beside it stay in view on a 360 px screen.
 */
const stickyCell = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  borderRight: 1,
  borderRightColor: 'divider',
  width: { xs: '8rem', sm: '12rem', md: '16rem' },
  minWidth: { xs: '8rem', sm: '12rem' },
  maxWidth: { xs: '8rem', sm: '12rem', md: '16rem' },
  px: { xs: 1, sm: 2 },
  whiteSpace: 'normal',
  overflowWrap: 'break-word',
  hyphens: 'auto',
} as const;

/** Areas as rows, the programme's indicators as columns, and a row for programme-wide figures. */
export const GridTable = ({ grid, edits, readOnly }: Props) => {
  const translate = useTranslate();
  const changed = new Set(edits.changes.map((c) => cellKey(c.indicatorId, c.areaId)));
  const rows = rowsOf(grid, translate('beredskab.kpiGrid.wholeProgramme'));
  // An approved report's figure names its source and is changed on the round, not here.
  const { data: figures = [] } = useGetList('measurements', {
    filter: { year: grid.year },
    pagination: { page: 1, perPage: 5000 },
    sort: { field: 'id', order: 'ASC' },
  });
  const ids = new Set(grid.cells.map((c) => c.measurementId));
  const sources = new Map(
    figures
      .filter((m) => ids.has(m.id as number) && m.provenance)
      .map((m) => [cellKey(m.indicatorId as number, m.areaId as number | null), m.provenance as Provenance]),
  );
  return (
    <Table size="small" aria-label={translate('beredskab.kpiGrid.title')} sx={{ minWidth: { sm: 640 } }}>
      <TableHead>
        <TableRow>
          <TableCell sx={stickyCell}>{translate('beredskab.kpiGrid.area')}</TableCell>
          {grid.indicators.map((i) => (
            <TableCell key={i.id} align="right" sx={{ verticalAlign: 'bottom' }}>
              {i.name}
              <Typography variant="caption" color="text.secondary" component="div">
                {translate(`beredskab.kpiGrid.units.${i.unit}`)}
              </Typography>
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, r) => (
          <TableRow key={row.areaId ?? 'all'}>
            <TableCell
              component="th"
              scope="row"
              sx={{ ...stickyCell, fontWeight: row.areaId === null ? 600 : undefined }}
            >
              {row.name}
            </TableCell>
            {grid.indicators.map((indicator, c) => {
              const key = cellKey(indicator.id, row.areaId);
              if (!editable(indicator, row))
                return (
                  <TableCell
                    key={key}
                    data-cell={`${r}:${c}`}
                    title={translate('beredskab.kpiGrid.notHere')}
                    sx={{ bgcolor: 'action.hover' }}
                  />
                );
              return (
                <GridCell
                  key={key}
                  cellId={key}
                  at={`${r}:${c}`}
                  label={translate('beredskab.kpiGrid.cellLabel', {
                    indicator: indicator.name,
                    place: row.name,
                  })}
                  text={edits.textOf(key)}
                  error={edits.problems[key]}
                  notice={edits.notices[key]}
                  changed={changed.has(key)}
                  readOnly={readOnly || !!sources.get(key)}
                  provenance={sources.get(key) ?? undefined}
                  onText={edits.setText}
                />
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
