/**
 * Turns one parsed record (a JSON object, a CSV row, a Parquet row) into a Doc, or into a located InputError when
 * the text field is missing or not a string. Shared by every structured reader so they all behave the same.
 */
import { basename } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Doc } from '../core/types.js';
import { logicalName, STDIN } from './bytes.js';
import type { ReadItem, ReadOptions } from './types.js';

export interface RecordPlace {
  file: string;
  /** Human location, e.g. "line 12", "row 3", "record 7". */
  location: string;
  /** Number used in the default id `<basename>:<n>`. */
  n: number;
}

export function recordToItem(rec: unknown, place: RecordPlace, opts: ReadOptions): ReadItem {
  const err = (code: string, reason: string): ReadItem => ({ kind: 'error', error: new InputError(code, place.file, place.location, reason) });
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    return err('NOT_AN_OBJECT', `expected an object with a "${opts.textField}" field, got ${kindOf(rec)}`);
  }
  const obj = rec as Record<string, unknown>;
  const text = obj[opts.textField];
  if (text === undefined) return err('MISSING_TEXT', `no "${opts.textField}" field${fieldsHint(obj)}`);
  if (typeof text !== 'string') return err('BAD_TEXT', `field "${opts.textField}" is ${kindOf(text)}, not a string`);
  let id = `${place.file === STDIN ? logicalName(STDIN) : basename(place.file)}:${place.n}`;
  if (opts.idField !== undefined) {
    const v = obj[opts.idField];
    if (typeof v === 'string' && v !== '') id = v;
    else if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint') id = String(v);
    else if (v === undefined || v === null || v === '') return err('MISSING_ID', `no "${opts.idField}" id field (or it is empty)`);
    else return err('BAD_ID', `id field "${opts.idField}" is ${kindOf(v)}, not a string or number`);
  } else {
    // Without --id-field, a record's own `id` (string or number) is its id, as `tamis detect [--id-field id]`
    // documents; records without one fall back to <file>:<line|row>. The field stays in meta (not moved out).
    const v = obj.id;
    if (typeof v === 'string' && v !== '') id = v;
    else if (typeof v === 'number' && Number.isFinite(v)) id = String(v);
  }
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (k !== opts.textField && k !== opts.idField) meta[k] = v;
  return { kind: 'doc', doc: makeDoc(id, text, meta, place, opts) };
}

export function makeDoc(id: string, text: string, meta: Record<string, unknown>, place: { file: string; location?: string }, opts: ReadOptions): Doc {
  const prov = opts.provenance;
  return {
    id,
    text,
    meta,
    source: { ...prov, source: prov?.source ?? place.file, file: place.file, ...(place.location ? { location: place.location } : {}) },
  };
}

/** Type of a value for messages: never the value itself (it may be personal data). */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/** Names the fields that do exist (field names are schema, not personal data), to spot a wrong --text-field. */
function fieldsHint(obj: Record<string, unknown>): string {
  const keys = Object.keys(obj);
  if (keys.length === 0) return ' (the record is empty)';
  const shown = keys.slice(0, 8).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k));
  return ` (fields: ${shown.join(', ')}${keys.length > 8 ? ', …' : ''}; see --text-field)`;
}
