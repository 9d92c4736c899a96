/**
 * `.csv` / `.tsv` (optionally `.gz` / `.zst`) through csv-parse, streamed. The first row is the header. Fields
 * come back as raw bytes (encoding: null) so invalid UTF-8 is detected per row instead of being silently replaced;
 * rows with a quoting error or a column count that differs from the header are reported and skipped.
 */
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { InputError } from '../core/errors.js';
import { checkFile, logicalName, readBytes } from './bytes.js';
import { decodeUtf8 } from './lines.js';
import { recordToItem } from './record.js';
import type { ReadItem, ReadOptions, Reader } from './types.js';

export const csvReader: Reader = {
  name: 'csv',
  matches: (path) => /\.(csv|tsv)$/.test(logicalName(path)),
  read: readCsv,
};

async function* readCsv(file: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const bad = await checkFile(file);
  if (bad) { yield { kind: 'error', error: bad }; return; }
  const pending: ReadItem[] = [];
  const parser = Readable.from(readBytes(file)).pipe(parse({
    encoding: null,
    info: true,
    bom: true,
    delimiter: logicalName(file).endsWith('.tsv') ? '\t' : ',',
    relax_column_count: true,
    // Explicit, not auto-detected from the first line: files concatenated from several sources mix endings.
    record_delimiter: ['\r\n', '\n'],
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: 0,
    // csv-parse's messages quote the offending character; keep only the code and the line.
    on_skip: (e: CsvError | undefined) => {
      const line = e && typeof e.lines === 'number' ? `line ${e.lines}` : undefined;
      pending.push({ kind: 'error', error: new InputError('MALFORMED_CSV', file, line, `malformed CSV row (${e?.code ?? 'parse error'}), skipped`) });
      return undefined;
    },
  }));
  let header: string[] | null = null;
  let row = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: Uint8Array[]; info: { lines: number } }>) {
      while (pending.length) yield pending.shift() as ReadItem;
      const cells = item.record.map((b) => decodeUtf8(b));
      if (header === null) {
        if (cells.some((c) => c === null)) { yield { kind: 'error', error: new InputError('INVALID_UTF8', file, 'line 1', 'invalid UTF-8 in the header row') }; return; }
        header = cells as string[];
        if (!header.includes(opts.textField)) {
          yield { kind: 'error', error: new InputError('MISSING_TEXT', file, 'header', `no "${opts.textField}" column (columns: ${header.slice(0, 12).map((h) => JSON.stringify(h)).join(', ')}; see --text-field)`) };
          return;
        }
        continue;
      }
      row++;
      const location = `row ${row} (line ${item.info.lines})`;
      const bad = cells.findIndex((c) => c === null);
      if (bad >= 0) { yield { kind: 'error', error: new InputError('INVALID_UTF8', file, location, `invalid UTF-8 in column "${header[bad] ?? bad + 1}"`) }; continue; }
      if (cells.length !== header.length) {
        yield { kind: 'error', error: new InputError('COLUMN_COUNT', file, location, `${cells.length} field${cells.length === 1 ? '' : 's'}, the header has ${header.length}`) };
        continue;
      }
      const rec: Record<string, string> = {};
      header.forEach((h, i) => { rec[h] = cells[i] as string; });
      yield recordToItem(rec, { file, location, n: row }, opts);
    }
    while (pending.length) yield pending.shift() as ReadItem;
  } catch (e) {
    while (pending.length) yield pending.shift() as ReadItem;
    if (e instanceof InputError) {
      yield { kind: 'error', error: new InputError(e.code, file, `after row ${row}`, e.message.slice(e.message.indexOf(': ') + 2)) };
      return;
    }
    const code = (e as { code?: string }).code ?? 'parse error';
    yield { kind: 'error', error: new InputError('MALFORMED_CSV', file, `after row ${row}`, `malformed CSV (${code}); the rest of the file is skipped`) };
  }
}
