import { useId, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import type { Me } from '../api/me';
import { oidcRefusal } from '../providers/oidcRefusal';
import { SecondFactorNeeded, signInWithPassword } from '../providers/session';
import type { SignInOptions } from '../providers/signInOptions';
import type { Handover } from './handover';
import { HandOverButton } from './HandOverButton';
import type { Translate } from './messages';
import './quickLogin.css';

interface Props {
  options: SignInOptions;
  translate: Translate;
  /** Signed in: the panel opens. Rejects when its code cannot be fetched. */
  onSignedIn: (user: Me) => Promise<void>;
  /** The rest of signing in (the second factor, a forgotten password) is react-admin's login page. */
  onHandOver: (handover: Handover) => Promise<void>;
}

/**
 * The login form the panel opens with: React and this file, no react-admin and no MUI, so a
 * phone on 4G shows it within a second or two. It looks and reads as react-admin's login page
 * (layout/LoginPage), which takes over for everything after the password.
 */
export const QuickLogin = ({ options, translate, onSignedIn, onHandOver }: Props) => {
  const [localShown, setLocalShown] = useState(false);
  const why = oidcRefusal();
  const name = options.oidc?.name ?? '';
  const local = options.localLogin || localShown;
  return (
    <main className="quick-login">
      <div className="quick-login__card">
        <h1>{translate('beredskab.appName')}</h1>
        <p className="quick-login__tagline">{translate('beredskab.appTagline')}</p>
        {why && (
          <p className="quick-login__alert" role="alert">
            {translate(`beredskab.signIn.errors.${why}`, { name })}
          </p>
        )}
        {options.oidc && (
          <>
            <a className="quick-login__button" href="/api/auth/oidc/login">
              {translate('beredskab.signIn.withOrganisation', { name })}
            </a>
            {local && <p className="quick-login__or">{translate('beredskab.signIn.or')}</p>}
          </>
        )}
        {local ? (
          <PasswordForm translate={translate} onSignedIn={onSignedIn} onHandOver={onHandOver} />
        ) : (
          <button type="button" className="quick-login__text-button" onClick={() => setLocalShown(true)}>
            {translate('beredskab.signIn.localForAdmins')}
          </button>
        )}
      </div>
    </main>
  );
};

type Fields = { username: string; password: string };

const PasswordForm = ({ translate, onSignedIn, onHandOver }: Omit<Props, 'options'>) => {
  const id = useId();
  const [values, setValues] = useState<Fields>({ username: '', password: '' });
  const [missing, setMissing] = useState<Partial<Record<keyof Fields, boolean>>>({});
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const change = (field: keyof Fields) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    setMissing((m) => ({ ...m, [field]: false }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = { username: !values.username.trim(), password: !values.password };
    setMissing(empty);
    if (empty.username || empty.password) return;
    setBusy(true);
    setError(undefined);
    try {
      const user = await signInWithPassword(values.username, values.password).catch(async (err: unknown) => {
        if (!(err instanceof SecondFactorNeeded)) throw err;
        await onHandOver({ step: err.step });
      });
      if (user) await onSignedIn(user);
    } catch (err) {
      const message = (err as Error | undefined)?.message || 'ra.auth.sign_in_error';
      setError(/^(ra|beredskab)\./.test(message) ? translate(message) : message);
      setBusy(false);
    }
  };

  const field = (name: keyof Fields, label: string, input: InputHTMLAttributes<HTMLInputElement>) => (
    <div className="quick-login__field">
      <label htmlFor={`${id}-${name}`}>{label} *</label>
      <input
        id={`${id}-${name}`}
        name={name}
        value={values[name]}
        onChange={change(name)}
        required
        aria-invalid={missing[name] || undefined}
        aria-describedby={missing[name] ? `${id}-${name}-missing` : undefined}
        {...input}
      />
      {missing[name] && (
        <span id={`${id}-${name}-missing`} className="quick-login__missing">
          {translate('ra.validation.required')}
        </span>
      )}
    </div>
  );

  return (
    <>
      <form onSubmit={submit} noValidate>
        {field('username', translate('ra.auth.username'), { autoFocus: true, autoComplete: 'username' })}
        <div className="quick-login__password">
          {field('password', translate('ra.auth.password'), {
            type: shown ? 'text' : 'password',
            autoComplete: 'current-password',
          })}
          <button type="button" className="quick-login__toggle" onClick={() => setShown((s) => !s)}>
            {translate(shown ? 'ra.input.password.toggle_visible' : 'ra.input.password.toggle_hidden')}
          </button>
        </div>
        {error && (
          <p className="quick-login__alert" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="quick-login__button" disabled={busy} aria-busy={busy}>
          {translate('ra.auth.sign_in')}
        </button>
      </form>
      <HandOverButton
        handOver={() => onHandOver({ forgot: true })}
        busy={busy}
        setBusy={setBusy}
        failed={() => setError(translate('beredskab.signIn.loadFailed'))}
      >
        {translate('beredskab.signIn.forgot')}
      </HandOverButton>
    </>
  );
};
