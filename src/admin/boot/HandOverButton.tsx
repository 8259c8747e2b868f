import type { ReactNode } from 'react';

interface Props {
  /** The panel itself takes over; rejects when its code cannot be fetched. */
  handOver: () => Promise<void>;
  /** The page's lock, set while the panel's code comes. */
  busy: boolean;
  setBusy: (busy: boolean) => void;
  /** Says the panel could not be fetched; the page stays as it was. */
  failed: () => void;
  children: ReactNode;
}

/** The way on from a page drawn before react-admin to the panel's own, as a text button. */
export const HandOverButton = ({ handOver, busy, setBusy, failed, children }: Props) => (
  <button
    type="button"
    className="quick-login__text-button"
    disabled={busy}
    onClick={() => {
      setBusy(true);
      handOver().catch(() => {
        failed();
        setBusy(false);
      });
    }}
  >
    {children}
  </button>
);
