/**
 * `.warc` / `.warc.gz` reader with warcio (Webrecorder): one document per HTTP `response` (or `resource`) record
 * whose payload is HTML (main text via Readability) or plain text. The record's WARC-Target-URI and WARC-Date
 * go into provenance (url, collectedAt). Other record types (request, metadata, warcinfo) are skipped. A
 * truncated or corrupt archive yields an error at the record where reading stopped.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { WARCParser } from 'warcio';
import { InputError } from '../core/errors.js';
import { htmlToText, tidy } from './html-text.js';
import type { ReadItem, ReadOptions, Reader } from './types.js';

export const warcReader: Reader = {
  name: 'warc',
  matches: (path) => /\.warc(\.gz)?$/i.test(path),
  async *read(path: string, opts: ReadOptions): AsyncIterable<ReadItem> {
    // Decompress with zlib rather than letting warcio do it: zlib reports a truncated gzip ("unexpected end of
    // file"), where warcio stops quietly and the records after the cut would be lost without a trace.
    const raw = createReadStream(path);
    const input = /\.gz$/i.test(path) ? raw.pipe(createGunzip()) : raw;
    raw.on('error', (e) => input.destroy(e));
    const parser = new WARCParser(input);
    const base = basename(path);
    const state = { n: 0 };
    // warcio ends quietly on an uncompressed archive cut inside a record. Every record ends with CRLF CRLF, so a
    // file that does not is truncated: its last record becomes an error instead of a partial document.
    const cut = !/\.gz$/i.test(path) && !(await endsWithRecordEnd(path));
    let pending: ReadItem | undefined;
    for await (const item of readRecords(parser, path, base, opts, state)) {
      if (pending) yield pending;
      pending = item;
    }
    const truncated = () => new InputError('WARC_TRUNCATED', path, `record ${state.n}`, 'the archive ends inside this record (truncated file)');
    if (cut && pending?.kind === 'doc' && pending.doc.source?.location === `record ${state.n}`) yield { kind: 'error', error: truncated() };
    else {
      if (pending) yield pending;
      if (cut) yield { kind: 'error', error: truncated() };
    }
  },
};

async function endsWithRecordEnd(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    if (size < 4) return size === 0;
    const buf = Buffer.alloc(4);
    await fh.read(buf, 0, 4, size - 4);
    return buf.toString('latin1') === '\r\n\r\n';
  } finally {
    await fh.close();
  }
}

async function* readRecords(parser: WARCParser, path: string, base: string, opts: ReadOptions, state: { n: number }): AsyncGenerator<ReadItem> {
  let n = 0;
  while (true) {
    let record;
    try {
      record = await parser.parse();
    } catch (e) {
      yield { kind: 'error', error: new InputError('WARC_CORRUPT', path, `record ${n + 1}`, `cannot parse WARC record: ${(e as Error).message}`, { cause: e }) };
      return;
    }
    if (!record) return;
    n++;
    state.n = n;
    const location = `record ${n}`;
    if (record.warcType !== 'response' && record.warcType !== 'resource') {
      await record.readFully(false).catch(() => undefined);
      continue;
    }
    const ctype = (record.httpHeaders?.headers.get('content-type') ?? record.warcHeader('Content-Type') ?? '').toLowerCase();
    const isHtml = ctype.includes('html');
    if (!isHtml && !ctype.startsWith('text/plain')) {
      await record.readFully(false).catch(() => undefined);
      continue;
    }
    let body: string;
    try {
      body = await record.contentText();
    } catch (e) {
      yield { kind: 'error', error: new InputError('WARC_CORRUPT', path, location, `cannot read record payload: ${(e as Error).message}`, { cause: e }) };
      return;
    }
    const url = record.warcTargetURI ?? undefined;
    const date = record.warcDate ?? undefined;
    const page = isHtml ? htmlToText(body) : { text: tidy(body) };
    if (!page.text) {
      yield { kind: 'error', error: new InputError('WARC_EMPTY', path, location, 'no text in the record payload') };
      continue;
    }
    const id = record.warcHeader('WARC-Record-ID')?.replace(/^<|>$/g, '') ?? `${base}:${n}`;
    yield {
      kind: 'doc',
      doc: {
        id,
        text: page.text,
        meta: { ...('title' in page && page.title ? { title: page.title } : {}) },
        source: {
          source: opts.provenance?.source ?? path,
          ...opts.provenance,
          file: path,
          location,
          ...(url ? { url } : {}),
          ...(date ? { collectedAt: date } : {}),
        },
      },
    };
  }
}
