import { Box, Skeleton } from '@mui/material';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

const SIZE = 200;

/** The otpauth URI as a QR code, drawn in the browser as a data: image (the CSP allows img-src data:). */
export const QrCode = ({ value, label }: { value: string; label: string }) => {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let current = true;
    void toDataURL(value, { width: SIZE, margin: 2, errorCorrectionLevel: 'M' }).then((url) => {
      if (current) setSrc(url);
    });
    return () => {
      current = false;
    };
  }, [value]);
  if (!src) return <Skeleton variant="rectangular" width={SIZE} height={SIZE} />;
  // White around the code whatever the theme: a scanner needs the quiet zone light.
  return (
    <Box
      component="img"
      src={src}
      alt={label}
      width={SIZE}
      height={SIZE}
      sx={{ display: 'block', bgcolor: '#fff' }}
    />
  );
};
