/**
 * Birth-date columns in delimited tables (CSV, TSV, pipe tables): a header cell such as `date_naissance`, `dob`
 * or `birth_date` makes every date cell below it a birth date, until a blank line ends the table.
 * Rows whose cell count differs from the header's (quoted delimiters, notes) are skipped, not guessed.
 */
import type { DateForm } from './dates.js';

const HEADER_RE = /^(?:dob|d\.o\.b\.?|dates?[ _-]?of[ _-]?birth|birth[ _-]?dates?|birthday|dates?[ _-]?(?:de[ _-]?)?naissance|datenaissance|ddn|naissance|né\(?e?\)?[ _-]?le)$/iu;
/** Cheap document test before any line splitting. */
const HINT_RE = /dob|birth|naissance|ddn|d\.o\.b/i;
const DELIMITERS = [',', ';', '\t', '|'] as const;

export interface BirthCell {
  start: number;
  end: number;
  form: DateForm;
  header: string;
}

interface Column { delimiter: string; index: number; cells: number; header: string }

function cellsOf(line: string, delimiter: string): Array<{ value: string; offset: number }> {
  const out: Array<{ value: string; offset: number }> = [];
  let offset = 0;
  for (const raw of line.split(delimiter)) {
    // Trim spaces and one pair of quotes, keeping the value's offset inside the line.
    let a = 0;
    let b = raw.length;
    while (a < b && (raw[a] === ' ' || raw[a] === '"' || raw[a] === '\'')) a++;
    while (b > a && (raw[b - 1] === ' ' || raw[b - 1] === '"' || raw[b - 1] === '\'' || raw[b - 1] === '\r')) b--;
    out.push({ value: raw.slice(a, b), offset: offset + a });
    offset += raw.length + delimiter.length;
  }
  return out;
}

function headerColumn(line: string): Column | null {
  for (const delimiter of DELIMITERS) {
    if (!line.includes(delimiter)) continue;
    const cells = cellsOf(line, delimiter);
    const index = cells.findIndex((c) => HEADER_RE.test(c.value));
    if (index >= 0) return { delimiter, index, cells: cells.length, header: cells[index]?.value ?? '' };
  }
  return null;
}

export function* birthColumns(text: string, dateForm: (value: string) => DateForm | null): Generator<BirthCell> {
  if (!HINT_RE.test(text)) return;
  let col: Column | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') col = null;
    else if (col) {
      const cells = cellsOf(line, col.delimiter);
      const cell = cells[col.index];
      if (cells.length === col.cells && cell && cell.value) {
        const form = dateForm(cell.value);
        if (form && form !== 'year') {
          yield { start: lineStart + cell.offset, end: lineStart + cell.offset + cell.value.length, form, header: col.header };
        }
      }
    } else if (HINT_RE.test(line)) col = headerColumn(line);
    lineStart = lineEnd + 1;
  }
}
