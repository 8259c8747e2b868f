import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import {
  START_STEPS,
  programmeReady,
  stepDone,
  type ProgrammeStart,
  type StartState,
  type StartStep,
} from '../../domain/startChecklist';
import { CreateLink } from '../nextSteps/CreateLink';

const T = 'beredskab.start';

/** Where each step is taken, and what the new record starts with. */
const ACTIONS: Record<StartStep, { resource: string; withProgramme: boolean }> = {
  areas: { resource: 'areas', withProgramme: true },
  contacts: { resource: 'participants', withProgramme: true },
  users: { resource: 'users', withProgramme: false },
  indicators: { resource: 'indicators', withProgramme: true },
};

/** One line of the list: done or not (in words, the icon only repeats it), what there is, the next step. */
const Step = ({
  done,
  title,
  status,
  action,
}: {
  done: boolean;
  title: string;
  status: string;
  action?: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Box component="li" sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', py: 1 }}>
      {done ? (
        <CheckCircleIcon color="success" aria-hidden sx={{ mt: 0.25 }} />
      ) : (
        <RadioButtonUncheckedIcon color="action" aria-hidden sx={{ mt: 0.25 }} />
      )}
      <Stack gap={0.5} sx={{ minWidth: 0 }}>
        <Typography fontWeight={600}>
          {title}: {translate(done ? `${T}.done` : `${T}.todo`)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {status}
        </Typography>
        {!done && action && <div>{action}</div>}
      </Stack>
    </Box>
  );
};

function statusOf(p: ProgrammeStart, step: StartStep, translate: (k: string, o?: object) => string) {
  const count = p[step];
  if (count === 0) return translate(`${T}.none.${step}`);
  return step === 'contacts'
    ? translate(`${T}.status.contacts`, { smart_count: count, one: p.groupOne, two: p.groupTwo })
    : translate(`${T}.status.${step}`, { smart_count: count });
}

type Heading = 'h2' | 'h3';

const ProgrammeSteps = ({ programme, heading }: { programme: ProgrammeStart; heading: Heading }) => {
  const translate = useTranslate();
  const ready = programmeReady(programme);
  return (
    <Box component="section" aria-labelledby={`start-programme-${programme.id}`}>
      <Typography variant="h6" component={heading} id={`start-programme-${programme.id}`}>
        {programme.name}
      </Typography>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        <Step done title={translate(`${T}.steps.programme`)} status={translate(`${T}.status.programme`)} />
        {START_STEPS.map((step) => (
          <Step
            key={step}
            done={stepDone(programme, step)}
            title={translate(`${T}.steps.${step}`)}
            status={statusOf(programme, step, translate)}
            action={
              <CreateLink
                resource={ACTIONS[step].resource}
                label={`${T}.actions.${step}`}
                record={ACTIONS[step].withProgramme ? { programmeId: programme.id } : undefined}
              />
            }
          />
        ))}
      </Box>
      {ready && (
        <Stack gap={1} sx={{ mt: 1 }}>
          <Typography>{translate(`${T}.ready`)}</Typography>
          <div>
            <CreateLink
              resource="incidents"
              label={`${T}.actions.incident`}
              record={{ programmeId: programme.id }}
              variant="outlined"
            />
          </div>
        </Stack>
      )}
    </Box>
  );
};

/**
 * The checklist of a new install and a new programme: first a programme, then per programme its
 * housing areas, contacts in both response groups, users and indicators, each with the step that
 * is next. Computed by the server from what exists (GET /api/start).
 */
export const StartChecklist = ({ state, heading }: { state: StartState; heading: Heading }) => {
  const translate = useTranslate();
  if (state.programmes.length === 0)
    return (
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        <Step
          done={false}
          title={translate(`${T}.steps.programme`)}
          status={translate(`${T}.status.noProgramme`)}
          action={<CreateLink resource="programmes" label={`${T}.actions.programme`} />}
        />
      </Box>
    );
  return (
    <Stack gap={3}>
      {state.programmes.map((p) => (
        <ProgrammeSteps key={p.id} programme={p} heading={heading} />
      ))}
    </Stack>
  );
};
