import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { mayIn } from '../../domain/access';
import { LEVELS } from '../../domain/levels';
import type { Me } from '../api/me';
import { activatorChoices, categoryChoices } from '../choices/incidentChoices';
import { LEVEL_COLOURS, LEVEL_TEXT } from '../chips/levelColours';
import { dateFormats } from '../formatting/dateFormats';
import { toLocalInput } from '../incidents/localDateTime';
import { newIncident, storeLastChoice, storedLastChoice } from '../incidents/newIncident';
import { chosenLocale } from '../providers/chosenLocale';
import { HandOverButton } from './HandOverButton';
import type { Translate } from './messages';
import { deadlineFor, everyByName, Refused, register, type Area, type Named } from './quickIncidentApi';
import './quickLogin.css';

/** What the quick form holds: the whole form's fields a person at the scene needs first. */
export interface QuickValues {
  programmeId: string;
  areaId: string;
  occurredAt: string;
  level: string;
  category: string;
  activatedBy: string;
  policeCase: boolean;
  description: string;
  confidentialNotes: string;
}

const REQUIRED = [
  'programmeId',
  'areaId',
  'occurredAt',
  'level',
  'category',
  'activatedBy',
  'description',
] as const;
type Field = keyof QuickValues;

interface Props {
  user: Me;
  translate: Translate;
  /** Registered: the panel opens on the incident. */
  onRegistered: (id: number) => Promise<void>;
  /** The whole form (react-admin's), with what was typed so far. */
  onWholeForm: (values: Record<string, unknown>) => Promise<void>;
}

/** The values as the API takes them: ids as numbers, the local time as an instant, empty notes left out. */
export function asIncident(values: QuickValues): Record<string, unknown> {
  const { confidentialNotes, ...rest } = values;
  return {
    ...newIncident({}),
    ...rest,
    programmeId: Number(values.programmeId) || undefined,
    areaId: Number(values.areaId) || undefined,
    occurredAt: values.occurredAt ? new Date(values.occurredAt).toISOString() : undefined,
    level: values.level || undefined,
    category: values.category || undefined,
    activatedBy: values.activatedBy || undefined,
    ...(confidentialNotes.trim() ? { confidentialNotes } : {}),
  };
}

function startValues(): QuickValues {
  const start = newIncident(storedLastChoice());
  return {
    programmeId: start.programmeId ? String(start.programmeId) : '',
    areaId: start.areaId ? String(start.areaId) : '',
    occurredAt: toLocalInput(new Date(start.occurredAt)),
    level: '',
    category: '',
    activatedBy: '',
    policeCase: start.policeCase,
    description: '',
    confidentialNotes: '',
  };
}

/**
 * The incident registration a phone opens from a link at the scene: React and this file, no
 * react-admin and no MUI, so it can be typed in within a couple of seconds on 4G. The server
 * checks it as it checks the whole form; the rest of an incident is added on its page after.
 */
export const QuickIncident = ({ user, translate, onRegistered, onWholeForm }: Props) => {
  const id = useId();
  const [values, setValues] = useState(startValues);
  const [programmes, setProgrammes] = useState<Named[]>();
  const [areas, setAreas] = useState<Area[]>();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [deadline, setDeadline] = useState<string | null>();

  useEffect(() => {
    const allowed = (p: Named) => mayIn(user, 'create', 'incidents', p.id);
    Promise.all([everyByName<Named>('programmes'), everyByName<Area>('areas')]).then(
      ([allProgrammes, allAreas]) => {
        const mine = allProgrammes.filter(allowed);
        setProgrammes(mine);
        setAreas(allAreas);
        setValues((v) => {
          const programmeId = mine.some((p) => String(p.id) === v.programmeId)
            ? v.programmeId
            : mine.length === 1
              ? String(mine[0]!.id)
              : '';
          const within = allAreas.filter((a) => String(a.programmeId) === programmeId);
          const areaId = within.some((a) => String(a.id) === v.areaId)
            ? v.areaId
            : within.length === 1
              ? String(within[0]!.id)
              : '';
          return { ...v, programmeId, areaId };
        });
      },
      () => setAlert(translate('beredskab.quickIncident.offline')),
    );
  }, [user, translate]);

  // The deadline the level sets, from the server as the whole form shows it.
  const { programmeId, level, occurredAt } = values;
  useEffect(() => {
    setDeadline(undefined);
    if (!programmeId || !level || !occurredAt) return;
    let current = true;
    deadlineFor({ programmeId, level, occurredAt: new Date(occurredAt).toISOString() }).then(
      (answer) => current && setDeadline(answer.responseDeadline),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [programmeId, level, occurredAt]);

  const set = (field: Field, value: string | boolean) => {
    setValues((v) => ({ ...v, [field]: value, ...(field === 'programmeId' ? { areaId: '' } : {}) }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = Object.fromEntries(
      REQUIRED.filter((f) => !String(values[f]).trim()).map((f) => [f, translate('ra.validation.required')]),
    );
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      setAlert(translate('beredskab.quickIncident.checkFields'));
      return;
    }
    setBusy(true);
    setAlert(undefined);
    let incident: number;
    try {
      incident = await register(asIncident(values));
    } catch (err) {
      if (err instanceof Refused) {
        setErrors(err.errors as Partial<Record<Field, string>>);
        setAlert(translate('beredskab.quickIncident.notSaved', { reason: err.message }));
      } else setAlert(translate('beredskab.quickIncident.offline'));
      setBusy(false);
      return;
    }
    storeLastChoice({ programmeId: Number(values.programmeId), areaId: Number(values.areaId) });
    // Saved: the form stays locked, so the incident cannot be registered twice.
    await onRegistered(incident).catch(() =>
      setAlert(translate('beredskab.quickIncident.registeredOffline')),
    );
  };

  const label = (field: Field) =>
    `${translate(`resources.incidents.fields.${field}`)}${(REQUIRED as readonly string[]).includes(field) ? ' *' : ''}`;
  const described = (field: Field, help?: boolean) =>
    [errors[field] && `${id}-${field}-error`, help && `${id}-${field}-help`].filter(Boolean).join(' ') ||
    undefined;
  const row = (field: Field, control: ReactNode, help?: string) => (
    <div className="quick-login__field">
      <label htmlFor={`${id}-${field}`}>{label(field)}</label>
      {control}
      {help && (
        <span id={`${id}-${field}-help`} className="quick-incident__help">
          {help}
        </span>
      )}
      {errors[field] && (
        <span id={`${id}-${field}-error`} className="quick-login__missing">
          {errors[field]}
        </span>
      )}
    </div>
  );
  const common = (field: Field, help?: boolean) => ({
    id: `${id}-${field}`,
    name: field,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': described(field, help),
    disabled: busy,
  });
  const select = (field: Field, choices: { id: string | number; name: string }[], named = false) =>
    row(
      field,
      <select
        {...common(field)}
        value={String(values[field])}
        onChange={(e) => set(field, e.target.value)}
        aria-required
      >
        <option value="">{translate('beredskab.quickIncident.choose')} …</option>
        {choices.map((c) => (
          <option key={c.id} value={String(c.id)}>
            {named ? c.name : translate(c.name)}
          </option>
        ))}
      </select>,
    );

  const notes = (field: 'description' | 'confidentialNotes', rows: number, help: string) =>
    row(
      field,
      <textarea
        {...common(field, true)}
        rows={rows}
        value={values[field]}
        onChange={(e) => set(field, e.target.value)}
        aria-required={(REQUIRED as readonly string[]).includes(field) || undefined}
      />,
      translate(help),
    );

  const areasOf = (areas ?? []).filter((a) => String(a.programmeId) === values.programmeId);
  const format = dateFormats(chosenLocale() === 'en' ? 'en-GB' : 'da-DK');
  return (
    <main className="quick-login quick-incident">
      <div className="quick-login__card quick-incident__card">
        <h1>{translate('beredskab.quickIncident.title')}</h1>
        <p className="quick-login__tagline">{translate('beredskab.quickIncident.intro')}</p>
        <form onSubmit={submit} noValidate aria-busy={busy || !programmes}>
          <fieldset className="quick-incident__levels" aria-describedby={described('level')}>
            <legend>{label('level')}</legend>
            {LEVELS.map((option) => (
              <label
                key={option}
                style={{ background: LEVEL_COLOURS[option], color: LEVEL_TEXT[option] }}
                className={values.level === option ? 'quick-incident__level--picked' : undefined}
              >
                <input
                  type="radio"
                  name="level"
                  value={option}
                  checked={values.level === option}
                  onChange={() => set('level', option)}
                  disabled={busy}
                  required
                />
                {translate(`beredskab.levels.${option}`)}
              </label>
            ))}
            {errors.level && (
              <span id={`${id}-level-error`} className="quick-login__missing">
                {errors.level}
              </span>
            )}
          </fieldset>
          {values.level && deadline !== undefined && (
            <p className="quick-incident__deadline" role="status">
              {deadline
                ? translate('beredskab.incidents.deadlinePreview', { deadline: format.instant(deadline) })
                : translate('beredskab.incidents.noDeadline')}
            </p>
          )}
          {(programmes?.length ?? 0) !== 1 && select('programmeId', programmes ?? [], true)}
          {select('areaId', areasOf, true)}
          {values.programmeId && areas && areasOf.length === 0 && (
            <p className="quick-incident__help">{translate('beredskab.quickIncident.noAreas')}</p>
          )}
          {row(
            'occurredAt',
            <input
              {...common('occurredAt')}
              type="datetime-local"
              value={values.occurredAt}
              onChange={(e) => set('occurredAt', e.target.value)}
              aria-required
            />,
          )}
          {select('category', categoryChoices)}
          {select('activatedBy', activatorChoices)}
          <div className="quick-incident__check">
            <input
              {...common('policeCase')}
              type="checkbox"
              checked={values.policeCase}
              onChange={(e) => set('policeCase', e.target.checked)}
            />
            <label htmlFor={`${id}-policeCase`}>{label('policeCase')}</label>
          </div>
          {notes('description', 4, 'beredskab.incidents.descriptionHelp')}
          {notes('confidentialNotes', 3, 'beredskab.incidents.confidentialHelp')}
          {alert && (
            <p className="quick-login__alert" role="alert">
              {alert}
            </p>
          )}
          <button type="submit" className="quick-login__button" disabled={busy || !programmes}>
            {translate(busy ? 'beredskab.quickIncident.saving' : 'beredskab.quickIncident.save')}
          </button>
        </form>
        <HandOverButton
          handOver={() => onWholeForm(asIncident(values))}
          busy={busy}
          setBusy={setBusy}
          failed={() => setAlert(translate('beredskab.signIn.loadFailed'))}
        >
          {translate('beredskab.quickIncident.wholeForm')}
        </HandOverButton>
      </div>
    </main>
  );
};
