/** A Markdown table: the same text is printed to the terminal and written to BENCHMARKS.md. */
export interface Table {
  title: string;
  /** Headers; a header ending in ":" is right-aligned (figures), the colon is not shown. */
  columns: string[];
  rows: string[][];
  /** Lines under the table saying how the figures were taken. */
  notes?: string[];
}

export function renderTable(table: Table): string {
  const headers = table.columns.map((column) => column.replace(/:$/, ''));
  const alignment = table.columns.map((column) => (column.endsWith(':') ? '---:' : '---'));
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  const lines = [`### ${table.title}`, '', line(headers), `| ${alignment.join(' | ')} |`, ...table.rows.map(line)];
  if (table.notes?.length) lines.push('', ...table.notes);
  return lines.join('\n');
}
