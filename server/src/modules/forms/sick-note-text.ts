import { findField, isMedical, renderForm, type FormTemplate } from './domain/index.js';

/**
 * "Funksjon i arbeid" as text for the sick note's function fields (what the person manages at
 * work now), in one action for the GP. Built from the same document model as the form; fields
 * marked medical stay out, since the GP writes those in their own words where they belong.
 */
export function functionText(template: FormTemplate, values: Readonly<Record<string, unknown>>, maxLength: number): { text: string; truncated: boolean } {
  const document = renderForm(template, values, { audience: 'full', lang: 'nb' });
  const lines: string[] = [`${document.title}:`];
  for (const section of document.sections) {
    for (const item of section.items) {
      const placed = findField(template, item.fieldId);
      if (!item.answered || !placed || isMedical(template, placed)) continue;
      if ('table' in item) lines.push(`${item.label}:`, ...item.table.rows.map((row) => `- ${row.filter(Boolean).join(' – ')}`));
      else lines.push(`${item.label}: ${item.text}`);
    }
  }
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > maxLength) return { text: [...kept, '(Forkortet. Hele skjemaet finnes i Samhandling.)'].join('\n'), truncated: true };
    kept.push(line);
    length += line.length + 1;
  }
  return { text: kept.join('\n'), truncated: false };
}
