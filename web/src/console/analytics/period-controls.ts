// The period, time zone and bucket pickers, shared by the dashboard and the conversation list.
import { el } from '../../shared/dom';
import { type Bucket, type PeriodChoice, PRESETS, zones } from './period';

export function periodControls(
  choice: PeriodChoice,
  withBucket: boolean,
  onChange: (choice: PeriodChoice) => void,
): HTMLElement {
  const preset = el(
    'select',
    { attrs: { 'aria-label': 'Period', name: 'period' } },
    ...PRESETS.map(([days, label]) =>
      el('option', { attrs: { value: String(days), selected: choice.days === days } }, label),
    ),
    el('option', { attrs: { value: '0', selected: choice.days === 0 } }, 'Dates…'),
  );
  const from = el('input', {
    attrs: { type: 'date', 'aria-label': 'From', name: 'from', value: dateOnly(choice.from) },
  });
  const to = el('input', {
    attrs: { type: 'date', 'aria-label': 'To (included)', name: 'to', value: dateOnly(choice.to) },
  });
  const zone = el(
    'select',
    { attrs: { 'aria-label': 'Time zone', name: 'zone' } },
    ...zones().map((z) => el('option', { attrs: { value: z, selected: z === choice.zone } }, z)),
  );
  const bucket = el(
    'select',
    { attrs: { 'aria-label': 'Bucket', name: 'bucket' } },
    ...(['hour', 'day', 'week'] as Bucket[]).map((b) =>
      el('option', { attrs: { value: b, selected: b === choice.bucket } }, `By ${b}`),
    ),
  );
  const dates = el('span', { class: 'dates' }, from, '–', to);
  dates.hidden = choice.days !== 0;
  const changed = () => {
    dates.hidden = preset.value !== '0';
    const days = Number(preset.value);
    if (days === 0 && (!from.value || !to.value)) return;
    onChange({
      days,
      from: days === 0 ? from.value : undefined,
      to: days === 0 ? to.value : undefined,
      zone: zone.value,
      bucket: bucket.value as Bucket,
    });
  };
  for (const control of [preset, from, to, zone, bucket]) control.addEventListener('change', changed);
  return el('div', { class: 'period-controls' }, preset, dates, zone, withBucket && bucket);
}

function dateOnly(value: string | undefined): string | undefined {
  return value && !value.includes('T') ? value : undefined;
}
