import TableIcon from '@mui/icons-material/TableChart';
import ChartIcon from '@mui/icons-material/BarChart';
import { Box, Button } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { DrawWhenSeen } from './DrawWhenSeen';

interface Props {
  /** The chart at the width it is given, its tooltip once `engaged` (DrawWhenSeen). */
  chart: (width: number, engaged: boolean) => ReactNode;
  table: ReactNode;
  /** The chart's height in pixels, kept by its placeholder until it comes into view. */
  height: number;
  /** What the chart's colours and patterns stand for, under it (not with the table, which names them). */
  chartKey?: ReactNode;
}

/**
 * A chart, drawn as it comes into view, or on request the same figures as a table: for screen
 * readers and for reading off numbers.
 */
export const ChartOrTable = ({ chart, table, height, chartKey }: Props) => {
  const translate = useTranslate();
  const [asTable, setAsTable] = useState(false);
  return (
    <>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <Button
          size="small"
          startIcon={asTable ? <ChartIcon /> : <TableIcon />}
          onClick={() => setAsTable(!asTable)}
        >
          {translate(asTable ? 'beredskab.a11y.showChart' : 'beredskab.a11y.showTable')}
        </Button>
      </Box>
      {asTable ? (
        table
      ) : (
        <>
          <DrawWhenSeen height={height}>{chart}</DrawWhenSeen>
          {chartKey}
        </>
      )}
    </>
  );
};
