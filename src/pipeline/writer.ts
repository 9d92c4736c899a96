/**
 * Data file writers, sharded by size. Parquet goes through DuckDB (single-threaded, insertion order kept, so the
 * bytes are deterministic): rows are staged as JSON lines then COPYed with zstd compression and row groups
 * sized from the mean record size so that one group holds about `rowGroupSize` bytes of text — small enough for
 * Hugging Face `datasets` streaming and the dataset viewer, large enough to compress well.
 */
import { renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { AtomicLineWriter, sha256File, tmpName } from './files.js';

/** One output row: fixed columns so every part has the same schema. */
export interface OutputRow {
  id: string;
  text: string;
  lang: string | null;
  source: string;
  file: string | null;
  location: string | null;
  licence: string | null;
  collection: string | null;
  collected_at: string | null;
  url: string | null;
  /** Kept record fields, as a JSON object string. */
  meta: string;
}

export const OUTPUT_COLUMNS: Record<keyof OutputRow, string> = {
  id: 'VARCHAR', text: 'VARCHAR', lang: 'VARCHAR', source: 'VARCHAR', file: 'VARCHAR', location: 'VARCHAR',
  licence: 'VARCHAR', collection: 'VARCHAR', collected_at: 'VARCHAR', url: 'VARCHAR', meta: 'VARCHAR',
};

export interface WrittenFile { path: string; records: number; bytes: number; sha256: string }

export interface ShardWriterOptions {
  dir: string;
  /** File name prefix, e.g. part-00003 (a shard number and extension are appended). */
  prefix: string;
  format: 'parquet' | 'jsonl';
  shardSize: number;
  rowGroupSize: number;
}

export class ShardWriter {
  private current: AtomicLineWriter | undefined;
  private shard = 0;
  private rows = 0;
  private textBytes = 0;
  private longest = 0;
  readonly files: WrittenFile[] = [];
  constructor(private readonly o: ShardWriterOptions) {}

  private finalName(): string {
    return join(this.o.dir, `${this.o.prefix}-${String(this.shard).padStart(5, '0')}.${this.o.format}`);
  }

  async add(row: OutputRow): Promise<void> {
    if (!this.current) {
      const staging = this.o.format === 'jsonl' ? this.finalName() : `${this.finalName()}.rows.jsonl`;
      this.current = new AtomicLineWriter(staging);
      this.rows = 0;
      this.textBytes = 0;
      this.longest = 0;
    }
    const line = JSON.stringify(row);
    if (line.length > this.longest) this.longest = line.length;
    const w = this.current.write(line);
    if (w) await w;
    this.rows++;
    this.textBytes += Buffer.byteLength(row.text);
    if (this.textBytes >= this.o.shardSize) await this.flush();
  }

  async flush(): Promise<void> {
    const cur = this.current;
    if (!cur) return;
    this.current = undefined;
    await cur.commit();
    const final = this.finalName();
    if (this.o.format === 'parquet') {
      const groupRows = Math.max(1000, Math.min(1_000_000, Math.floor(this.o.rowGroupSize / Math.max(1, this.textBytes / this.rows))));
      const tmp = tmpName(final);
      await copyToParquet(cur.path, tmp, groupRows, this.longest);
      renameSync(tmp, final);
      rmSync(cur.path, { force: true });
    }
    this.files.push({ path: final, records: this.rows, bytes: statSync(final).size, sha256: await sha256File(final) });
    this.shard++;
  }
}

const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function copyToParquet(rowsJsonl: string, out: string, rowGroupRows: number, longestLine: number): Promise<void> {
  // DuckDB sizes its JSON read buffer from maximum_object_size: fit it to the longest row, not to the worst case.
  const maxObject = Math.max(1 << 20, 4 * longestLine + 1024);
  const db = await DuckDBInstance.create(':memory:', { threads: '1', memory_limit: '512MB' });
  const con = await db.connect();
  try {
    const cols = Object.entries(OUTPUT_COLUMNS).map(([k, v]) => `${k}: '${v}'`).join(', ');
    await con.run(
      `COPY (SELECT * FROM read_json(${sql(rowsJsonl)}, format = 'newline_delimited', columns = {${cols}}, maximum_object_size = ${maxObject})) ` +
      `TO ${sql(out)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${rowGroupRows})`,
    );
  } finally {
    con.closeSync();
    db.closeSync();
  }
}
