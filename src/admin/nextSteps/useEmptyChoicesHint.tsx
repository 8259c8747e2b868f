import { Box } from '@mui/material';
import { useChoicesContext, useTranslate } from 'react-admin';
import { CreateLink } from './CreateLink';

interface Props {
  /** What it says when there is nothing to pick: "Helhedsplanen har ingen boligområder endnu." */
  text: string;
  resource: string;
  label: string;
  record?: Record<string, unknown>;
}

/** Under a picker with nothing to pick (and nothing typed): why, and where the first one is made. */
export const useEmptyChoicesHint = ({ text, resource, label, record }: Props, wanted = true) => {
  const translate = useTranslate();
  const { total, isPending, filterValues } = useChoicesContext();
  const empty = wanted && !isPending && total === 0 && !filterValues?.q;
  if (!empty) return undefined;
  return (
    <Box
      component="span"
      sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}
    >
      <span>{translate(text)}</span>
      <CreateLink resource={resource} label={label} record={record} variant="text" />
    </Box>
  );
};
