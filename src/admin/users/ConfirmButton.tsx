import { Button } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Confirm, useTranslate } from 'react-admin';

/**
 * A button that asks first. MUI's, not react-admin's: on a phone that one is a bare icon,
 * too terse for signing someone out.
 */
export const ConfirmButton = ({
  label,
  title,
  content,
  icon,
  pending,
  onConfirm,
}: {
  label: string;
  title: string;
  content: string;
  icon: ReactNode;
  pending: boolean;
  onConfirm: () => void;
}) => {
  const translate = useTranslate();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        variant="outlined"
        startIcon={icon}
        disabled={pending}
        onClick={() => setAsking(true)}
        sx={{ minHeight: 44 }}
      >
        {translate(label)}
      </Button>
      <Confirm
        isOpen={asking}
        title={title}
        content={content}
        confirm={label}
        confirmColor="warning"
        onClose={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          onConfirm();
        }}
      />
    </>
  );
};
