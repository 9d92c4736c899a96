/** Reader contract: every input format yields documents or located errors, streaming, in input order. */
import type { InputError } from '../core/errors.js';
import type { Doc, Provenance } from '../core/types.js';

export interface ReadOptions {
  /** Field holding the text (jsonl/csv/parquet). Default "text". */
  textField: string;
  /** Field holding the id; default: `<file basename>:<line or row>`. */
  idField?: string;
  /** Provenance copied onto every document (source id, licence, collection mode...). */
  provenance?: Omit<Provenance, 'file' | 'location'>;
  /**
   * Read only bytes [start, end) of an uncompressed file, whose first line is line `firstLine` of the whole file
   * (ids and error locations stay those of a whole-file read). `start` must follow a newline (or be 0). Honoured by
   * the JSON Lines reader only; the build splits nothing else.
   */
  range?: ByteRange;
}

export interface ByteRange {
  start: number;
  end: number;
  firstLine: number;
}

export type ReadItem = { kind: 'doc'; doc: Doc } | { kind: 'error'; error: InputError };

export interface Reader {
  readonly name: string;
  /** True if this reader handles the path (by extension, compression suffix included). */
  matches(path: string): boolean;
  read(path: string, opts: ReadOptions): AsyncIterable<ReadItem>;
}
