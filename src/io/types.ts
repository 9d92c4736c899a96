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
}

export type ReadItem = { kind: 'doc'; doc: Doc } | { kind: 'error'; error: InputError };

export interface Reader {
  readonly name: string;
  /** True if this reader handles the path (by extension, compression suffix included). */
  matches(path: string): boolean;
  read(path: string, opts: ReadOptions): AsyncIterable<ReadItem>;
}
