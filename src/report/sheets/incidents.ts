import { DATE_TIME, excelDateTime, tableSheet, type Book, type Column } from '../format';
import { activationStepsOf, stepsDone } from '../../domain/callIn';
import { CATEGORY_LABELS, LEVEL_LABELS, labelOf } from '../../domain/labels';
import { yesNo } from '../labels';

const stepsText = ({ done, of }: { done: number; of: number }) => `trin gennemført ${done} af ${of}`;
import type { ReportData } from '../reportData';

/** Hændelser: every incident of the period; the confidential notes only for the response group. */
export function incidentsSheet(book: Book, data: ReportData) {
  const areaName = new Map(data.areas.map((a) => [a.id, a.name]));
  const steps = activationStepsOf(data.period.programme);
  const confidential = data.options.role !== 'board';
  const columns: Column[] = [
    { header: 'Tidspunkt', key: 'occurredAt', width: 17, numFmt: DATE_TIME },
    { header: 'Boligområde', key: 'area', width: 26 },
    { header: 'Niveau', key: 'level', width: 9 },
    { header: 'Kategori', key: 'category', width: 24 },
    { header: 'Politisag', key: 'policeCase', width: 10 },
    { header: 'Involverede', key: 'involved', width: 11 },
    { header: 'Frist for møde', key: 'deadline', width: 17, numFmt: DATE_TIME },
    { header: 'Møde holdt', key: 'meeting', width: 17, numFmt: DATE_TIME },
    { header: 'Til tiden', key: 'inTime', width: 10 },
    { header: 'Handleplan', key: 'plans', width: 12 },
    { header: 'Øvelse', key: 'exercise', width: 8 },
    { header: 'Aktiveringstrin', key: 'steps', width: 22 },
    { header: 'Beskrivelse', key: 'description', width: 60 },
    ...(confidential ? [{ header: 'Fortrolige noter', key: 'notes', width: 50 }] : []),
  ];
  const rows = data.incidents.map((i) => ({
    occurredAt: excelDateTime(i.occurredAt),
    area: areaName.get(i.areaId) ?? `#${i.areaId}`,
    level: labelOf(LEVEL_LABELS, i.level),
    category: labelOf(CATEGORY_LABELS, i.category),
    policeCase: yesNo(i.policeCase),
    involved: i.involvedCount,
    deadline: excelDateTime(i.responseDeadline),
    meeting: excelDateTime(i.meetingHeldAt),
    inTime:
      i.meetingStatus === 'onTime'
        ? 'Ja'
        : i.meetingStatus === 'late' || i.meetingStatus === 'overdue'
          ? 'Nej'
          : '–',
    plans: i.planIds.map((id) => `#${id}`).join(', '),
    exercise: yesNo(i.exercise),
    steps: i.level === 'green' ? '–' : stepsText(stepsDone(steps, i.activationChecklist ?? [])),
    description: i.description,
    ...(confidential ? { notes: i.confidentialNotes ?? '' } : {}),
  }));
  tableSheet(book, 'Hændelser', columns, rows, { empty: { area: 'Der var ingen hændelser i perioden.' } });
}
