/** `.html`/`.htm` reader (optionally .gz): one document per file, main text extracted by Readability. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../core/errors.js';
import { htmlToText } from './html-text.js';
import type { ReadItem, ReadOptions, Reader } from './types.js';

export const htmlReader: Reader = {
  name: 'html',
  matches: (path) => /\.x?html?(\.gz)?$/i.test(path),
  async *read(path: string, opts: ReadOptions): AsyncIterable<ReadItem> {
    let html: string;
    try {
      const raw = await readFile(path);
      html = (path.toLowerCase().endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    } catch (e) {
      yield { kind: 'error', error: new InputError('HTML_UNREADABLE', path, undefined, `cannot read: ${(e as Error).message}`, { cause: e }) };
      return;
    }
    const page = htmlToText(html);
    if (!page.text) {
      yield { kind: 'error', error: new InputError('HTML_EMPTY', path, undefined, 'no text found in the page') };
      return;
    }
    const url = page.url ?? opts.provenance?.url;
    yield {
      kind: 'doc',
      doc: {
        id: basename(path).replace(/\.gz$/i, ''),
        text: page.text,
        meta: { ...(page.title ? { title: page.title } : {}), ...(page.lang ? { htmlLang: page.lang } : {}) },
        source: { source: opts.provenance?.source ?? path, ...opts.provenance, file: path, ...(url ? { url } : {}) },
      },
    };
  },
};
