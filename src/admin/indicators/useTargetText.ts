import { useTranslate } from 'react-admin';
import type { Indicator } from '../../domain/kpiSchemas';
import { useFormatNumber } from '../formatting/useFormatNumber';

/** An indicator's target rule in words: "−5 % af basis pr. år, aldrig over basis". */
export function useTargetText(): (indicator: Pick<Indicator, 'target' | 'unit'>) => string {
  const translate = useTranslate();
  const { signed, inUnit } = useFormatNumber();
  return ({ target, unit }) => {
    switch (target?.rule) {
      case 'relativePerYear': {
        const text = translate('beredskab.targets.relativePerYear', {
          percent: signed(target.percentPerYear),
        });
        return target.capAtBaseline ? `${text}, ${translate('beredskab.targets.capped')}` : text;
      }
      case 'absoluteChange':
        return translate('beredskab.targets.absoluteChange', {
          change: signed(target.change),
          unit: unit === 'percent' ? translate('beredskab.targets.points') : '',
          year: target.byYear,
        }).replace(/\s+/g, ' ');
      case 'fixed':
        return translate('beredskab.targets.fixed', { value: inUnit(target.value, unit) });
      case 'higherThanBaseline':
        return translate('beredskab.targets.higherThanBaseline');
      default:
        return '';
    }
  };
}
