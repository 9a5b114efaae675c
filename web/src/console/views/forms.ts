// Small helpers for the settings forms.
import { el } from '../../shared/dom';
import { ApiError } from '../api';

export function field(label: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  return el(
    'label',
    { class: 'field' },
    el('span', { class: 'field-label' }, label),
    control,
    hint && el('small', { class: 'hint' }, hint),
  );
}

export function checkbox(label: string, checked: boolean): [HTMLLabelElement, HTMLInputElement] {
  const input = el('input', { attrs: { type: 'checkbox', checked } });
  return [el('label', { class: 'check' }, input, ` ${label}`), input];
}

export function input(value: string | number | null | undefined, attrs: Record<string, string> = {}): HTMLInputElement {
  const node = el('input', { attrs });
  node.value = value === null || value === undefined ? '' : String(value);
  return node;
}

export function textarea(value: string | null | undefined, rows = 2): HTMLTextAreaElement {
  const node = el('textarea', { attrs: { rows: String(rows) } });
  node.value = value ?? '';
  return node;
}

export function select(options: [string, string][], value: string | null | undefined): HTMLSelectElement {
  return el(
    'select',
    {},
    ...options.map(([v, label]) => el('option', { attrs: { value: v, selected: v === (value ?? '') } }, label)),
  );
}

/** Shows what the server refused: the problem's detail and each invalid field. */
export function showProblem(target: HTMLElement, e: unknown): void {
  target.replaceChildren();
  if (e instanceof ApiError) {
    target.append(el('p', {}, e.message), ...e.fieldErrors.map((f) => el('p', { class: 'field-error' }, f)));
  } else {
    target.append(el('p', {}, e instanceof Error ? e.message : String(e)));
  }
}

export const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
export const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s));

/** Runs `save` when the form is submitted; what the server refused is shown in `errors`, which is cleared on success. */
export function onSubmit(form: HTMLFormElement, errors: HTMLElement, save: () => Promise<void>): void {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await save();
      errors.replaceChildren();
    } catch (err) {
      showProblem(errors, err);
    }
  });
}
