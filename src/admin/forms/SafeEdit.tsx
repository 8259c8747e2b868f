import { useMemo, useState } from 'react';
import { Edit, useNotify, type EditProps, type HttpError, type RaRecord } from 'react-admin';
import { ConflictContext } from './conflictContext';

type Props = Omit<EditProps, 'mutationMode' | 'redirect' | 'mutationOptions'>;

const isStale = (error: HttpError) => error?.status === 409 && !!error.body?.current;

const hasFieldErrors = (error: HttpError) => Object.keys(error?.body?.errors ?? {}).length > 0;

/**
 * An Edit page that loses no one's work. The server refuses a save made on an old version
 * (409 with the record as it is now); the form then keeps what the user typed and its
 * ConflictDialog lets them overwrite deliberately or load the new version.
 */
export const SafeEdit = ({ children, ...props }: Props) => {
  const notify = useNotify();
  const [current, setCurrent] = useState<RaRecord>();
  const [base, setBase] = useState<RaRecord>();

  const onError = (failure: Error) => {
    const error = failure as HttpError;
    if (isStale(error)) return setCurrent(error.body.current as RaRecord);
    // Field errors are shown at the fields, as react-admin does in pessimistic mode.
    if (hasFieldErrors(error)) return;
    const message = error?.message || 'ra.notification.http_error';
    notify(message, { type: 'error', messageArgs: { _: message } });
  };

  const conflict = useMemo(
    () => ({
      current,
      base,
      resolve: () => {
        setBase(current);
        setCurrent(undefined);
      },
    }),
    [current, base],
  );

  return (
    <ConflictContext.Provider value={conflict}>
      <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }} {...props}>
        {children}
      </Edit>
    </ConflictContext.Provider>
  );
};
