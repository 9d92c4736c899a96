/**
 * `.parquet` through DuckDB (`@duckdb/node-api`), streamed chunk by chunk (DuckDB's streaming result never
 * materialises the file). DuckDB is loaded lazily so the CLI starts fast when no Parquet file is read.
 */
import { InputError, errorMessage } from '../core/errors.js';
import { checkFile, logicalName } from './bytes.js';
import { kindOf, recordToItem } from './record.js';
import type { ReadItem, ReadOptions, Reader } from './types.js';

export const parquetReader: Reader = {
  name: 'parquet',
  matches: (path) => logicalName(path).endsWith('.parquet'),
  read: readParquet,
};

async function* readParquet(file: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const bad = await checkFile(file);
  if (bad) { yield { kind: 'error', error: bad }; return; }
  const { DuckDBInstance } = await import('@duckdb/node-api');
  // One thread: the CLI parallelises detection itself; DuckDB only decodes.
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  let row = 0;
  try {
    let columns: string[];
    try {
      const desc = await conn.runAndReadAll('DESCRIBE SELECT * FROM read_parquet($1)', [file]);
      columns = desc.getRowObjectsJson().map((r) => String(r.column_name));
    } catch (e) {
      yield { kind: 'error', error: new InputError('CORRUPT_PARQUET', file, undefined, `not a readable Parquet file (${firstLine(e)})`) };
      return;
    }
    if (!columns.includes(opts.textField)) {
      yield { kind: 'error', error: new InputError('MISSING_TEXT', file, 'schema', `no "${opts.textField}" column (columns: ${columns.slice(0, 12).map((c) => JSON.stringify(c)).join(', ')}; see --text-field)`) };
      return;
    }
    const result = await conn.stream('SELECT * FROM read_parquet($1)', [file]);
    for await (const rows of result.yieldRowObjectJson()) {
      for (const rec of rows) {
        row++;
        const location = `row ${row}`;
        const text = rec[opts.textField];
        if (text === null) { yield { kind: 'error', error: new InputError('BAD_TEXT', file, location, `field "${opts.textField}" is null`) }; continue; }
        if (typeof text !== 'string') { yield { kind: 'error', error: new InputError('BAD_TEXT', file, location, `field "${opts.textField}" is ${kindOf(text)}, not a string`) }; continue; }
        yield recordToItem(rec, { file, location, n: row }, opts);
      }
    }
  } catch (e) {
    yield { kind: 'error', error: new InputError('CORRUPT_PARQUET', file, `after row ${row}`, `Parquet read failed (${firstLine(e)}); the rest of the file is skipped`) };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** DuckDB's message without the multi-line context (it names the file and the problem, never row values). */
function firstLine(e: unknown): string {
  return errorMessage(e).split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}
