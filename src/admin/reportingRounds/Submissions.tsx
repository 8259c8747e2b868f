import { Stack } from '@mui/material';
import type { RaRecord } from 'react-admin';
import { SubmissionReview } from './SubmissionReview';
import { useRoundProgress } from './useRoundProgress';

const REVIEWABLE = new Set(['submitted', 'returned', 'approved']);

/** Every report that has come in, each with its figures and its approval. */
export const Submissions = ({ round }: { round: RaRecord }) => {
  const { data } = useRoundProgress(round.id);
  const reporters = (data?.reporters ?? []).filter((r) => REVIEWABLE.has(r.status));
  return (
    <Stack gap={3}>
      {reporters.map((r) => (
        <SubmissionReview key={r.reporterId} round={round} reporter={r} />
      ))}
    </Stack>
  );
};
