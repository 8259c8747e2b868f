/** An address that may wrap after its @ (and anywhere only when even that is too wide). */
export const MailAddress = ({ to }: { to: string }) => {
  const at = to.indexOf('@');
  if (at < 0) return <>{to}</>;
  return (
    <>
      {to.slice(0, at + 1)}
      <wbr />
      {to.slice(at + 1)}
    </>
  );
};
