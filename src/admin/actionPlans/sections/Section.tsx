import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A titled part of the plan, numbered as in the written template when `number` is given. */
export const Section = ({
  title,
  number,
  children,
}: {
  title: string;
  number?: number;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Box component="section" className="plan-section" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" className="plan-heading" gutterBottom>
        {number !== undefined ? `${number}. ` : ''}
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

/** A labelled text as typed, or a dash when empty. */
export const TextBlock = ({ label, text }: { label?: string; text: string | number | null | undefined }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }} className="plan-text">
      {label && (
        <Typography variant="caption" color="text.secondary" component="div">
          {translate(label)}
        </Typography>
      )}
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {text === null || text === undefined || text === '' ? '–' : String(text)}
      </Typography>
    </Box>
  );
};
