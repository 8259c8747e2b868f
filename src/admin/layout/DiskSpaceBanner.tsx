import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import { useFormatNumber } from '../formatting/useFormatNumber';
import type { BeredskabDataProvider } from '../providers/dataProvider';

/** Asked again this often: a disk fills over hours, and a freed one should stop alarming soon. */
const ASK_EVERY_MS = 60_000;
const MB = 1024 * 1024;

/**
 * Tells administrators, on every page, when the server's disk is nearly full (under a tenth or
 * 200 MB left) or full: saves will be, or are, refused, and someone must make room.
 */
export const DiskSpaceBanner = () => {
  const translate = useTranslate();
  const { number } = useFormatNumber();
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'disk' });
  const { data } = useQuery({
    queryKey: ['disk'],
    queryFn: () => dataProvider.disk(),
    enabled: canAccess === true,
    refetchInterval: ASK_EVERY_MS,
    retry: false,
  });
  if (!canAccess || !data) return null;
  if (!data.writable)
    return (
      <Alert severity="error" role="alert" sx={{ mt: 1 }}>
        {translate('beredskab.disk.full')}
      </Alert>
    );
  if (!data.low) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mt: 1 }}>
      {translate('beredskab.disk.low', {
        free: number(data.freeBytes / MB, 0),
        share: number(data.totalBytes > 0 ? (100 * data.freeBytes) / data.totalBytes : 0, 1),
      })}
    </Alert>
  );
};
