import { useMediaQuery, type Theme } from '@mui/material';
import { lazy, Suspense, type ReactNode } from 'react';
import type { PhoneListProps } from './PhoneList';

// Loaded on a phone only, so the desktop's first screen does not carry SimpleList.
const PhoneList = lazy(async () => ({ default: (await import('./PhoneList')).PhoneList }));

/**
 * A list's body as react-admin's demo does it: the DataTable (children) on a wide screen,
 * below `sm` a compact list of primary text, secondary text and a chip on the right.
 */
export const ResponsiveList = ({ children, ...phone }: PhoneListProps & { children: ReactNode }) => {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), {
    noSsr: true,
  });
  if (!isSmall) return <>{children}</>;
  return (
    <Suspense fallback={null}>
      <PhoneList {...phone} />
    </Suspense>
  );
};
