import HowToRegIcon from '@mui/icons-material/HowToReg';
import { useCanAccess, useTranslate } from 'react-admin';
import { LabelledButton } from '../../buttons/LabelledButton';
import { useFormatDate } from '../../formatting/useFormatDate';
import { latest, type PlanActionProps } from '../saving/planAction';
import { usePlanUpdate } from '../saving/usePlanUpdate';
import { PlanTable } from './PlanTable';
import { useParticipants } from './useParticipants';

const P = 'resources.participants.fields';
interface Approval {
  participantId: number;
  approvedAt: string;
}

/**
 * The programme's signatories and who has approved the plan, with "Registrér godkendelse"
 * for editors while the plan is agreed or active. An approval is appended, never changed.
 */
export const SignatoryApprovals = (props: PlanActionProps & { readOnly?: boolean }) => {
  const { plan, readOnly } = props;
  const translate = useTranslate();
  const format = useFormatDate();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'actionPlans', record: plan });
  const { byId, signatories } = useParticipants(plan.programmeId);
  const { send, isPending } = usePlanUpdate(props.onSaved, { notifyErrors: true });
  const approvals = new Map(
    ((plan.approvals ?? []) as Approval[]).map((a) => [a.participantId, a.approvedAt]),
  );
  const others = [...approvals.keys()].filter((id) => !signatories.some((s) => s.id === id));
  const rows = [...signatories, ...others.flatMap((id) => byId.get(id) ?? [])];
  const canRegister = !readOnly && canAccess && ['approved', 'active'].includes(plan.status);

  const register = async (participantId: number) => {
    const current = await latest(props);
    const approval = { participantId, approvedAt: new Date().toISOString() };
    await send(
      current,
      { approvals: [...(current.approvals ?? []), approval] },
      'beredskab.actionPlans.done.approval',
    );
  };
  const approvedAt = (id: number) => approvals.get(id);
  return (
    <PlanTable
      label="resources.actionPlans.fields.approvals"
      empty="beredskab.actionPlans.noSignatories"
      columns={[`${P}.name`, `${P}.title`, `${P}.organisation`, 'beredskab.actionPlans.approvals.status']}
      rows={rows}
      cells={(p) => [
        p.name,
        p.title,
        p.organisation,
        approvedAt(p.id) ? (
          translate('beredskab.actionPlans.approvals.approvedAt', { time: format.instant(approvedAt(p.id)!) })
        ) : canRegister ? (
          <LabelledButton
            label="beredskab.actionPlans.approvals.register"
            aria-label={translate('beredskab.actionPlans.approvals.registerFor', { name: p.name })}
            onClick={() => register(p.id)}
            disabled={isPending}
            size="small"
            variant="outlined"
          >
            <HowToRegIcon />
          </LabelledButton>
        ) : (
          translate('beredskab.actionPlans.approvals.notYet')
        ),
      ]}
    />
  );
};
