// The insights tables as one CSV file: each table under its title, a blank line between tables.
import type { Cell, TableModel } from './tables';

/** A cell as CSV: quoted when needed; text a spreadsheet would run as a formula is defused. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  // Names and subjects come from emails: "=HYPERLINK(…)" must stay text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tablesToCsv(tables: readonly TableModel[], heading: string[] = []): string {
  const lines: string[] = heading.map((h) => csvCell(h));
  for (const table of tables) {
    if (lines.length) lines.push('');
    lines.push(csvCell(table.title));
    lines.push(table.columns.map(csvCell).join(','));
    for (const row of table.rows) lines.push(row.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
