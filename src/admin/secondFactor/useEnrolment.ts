import { useEffect, useRef, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { Enrolment } from '../api/signIn';
import type { BeredskabDataProvider } from '../providers/dataProvider';

/**
 * A new secret, asked of the server once per page: asking again would replace it, and the
 * QR code already scanned would no longer fit (React asks twice in development).
 */
export function useEnrolment(): { enrolment?: Enrolment; error?: string } {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const asked = useRef(false);
  const [state, setState] = useState<{ enrolment?: Enrolment; error?: string }>({});
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    dataProvider.startEnrolment().then(
      (enrolment) => setState({ enrolment }),
      (err: Error) => setState({ error: err.message }),
    );
  }, [dataProvider]);
  return state;
}
