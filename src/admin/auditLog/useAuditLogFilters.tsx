import { DateInput, NumberInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { actionChoices, AUDITED_RESOURCES } from './choices';

/** Who, what and when; the resource names are translated here, so the select shows them as they are. */
export function useAuditLogFilters() {
  const translate = useTranslate();
  const resourceChoices = AUDITED_RESOURCES.map((id) => ({
    id,
    name: translate(`resources.${id}.name`, { smart_count: 1, _: id }),
  }));
  return [
    <TextInput key="username" source="username" alwaysOn />,
    <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
    <SelectInput
      key="resource"
      source="resource"
      choices={resourceChoices}
      translateChoice={false}
      alwaysOn
    />,
    <NumberInput key="recordId" source="recordId" step={1} min={1} />,
    <DateInput key="at_gte" source="at_gte" />,
    <DateInput key="at_lte" source="at_lte" />,
  ];
}
