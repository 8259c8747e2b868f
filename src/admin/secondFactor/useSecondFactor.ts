import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { BeredskabDataProvider } from '../providers/dataProvider';

const KEY = ['auth', 'secondFactor'];

export function useSecondFactorStatus() {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  return useQuery({ queryKey: KEY, queryFn: () => dataProvider.secondFactor() });
}

/** The status asked again, after the factor was turned on or off. */
export function useStatusChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

/** "Slå totrinsbekræftelse fra", with a code from the app; a wrong one is said next to the field. */
export function useTurnOff() {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const notify = useNotify();
  const changed = useStatusChanged();
  return useMutation({
    mutationFn: (code: string) => dataProvider.turnOffSecondFactor(code),
    onSuccess: () => {
      notify('beredskab.secondFactor.turnedOff', { type: 'success' });
      return changed();
    },
  });
}
