import { AreaInput as AnyAreaInput } from '../forms/AreaInput';
import { useClearOnChange } from '../forms/useClearOnChange';

/** Picks an area of the chosen programme; the server refuses an area of another one. */
export const AreaInput = (props: { alwaysOn?: boolean; isRequired?: boolean }) => {
  const programmeId = useClearOnChange('programmeId', 'areaId');
  return <AnyAreaInput filter={programmeId ? { programmeId } : {}} {...props} />;
};
