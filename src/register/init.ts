/**
 * The engine of `tamis init`: walks the questions over the current tamis.yaml (kept as a YAML document so
 * comments, existing answers and the pipeline part survive), asks through a Prompter (interactive) or takes the
 * values of an answers file, and returns the updated YAML text. Some question paths are virtual: the user's own
 * roles become an entry of `roles.organisations`, source ids become `lawfulness.sources` keys, field names become
 * `design.minimisation.fields`, and the chosen risks become `dpia.risks` entries.
 */
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import { ConfigError, UsageError } from '../core/errors.js';
import { coerceAnswer } from './answers.js';
import { collectionOf, QUESTIONS, sourceIdsOf, type Question } from './questions.js';
import type { Lang } from './rule.js';
import { registerShape, type Register } from './schema.js';

/** Asks one question; returns the raw answer, or undefined to keep the current value (or at end of input). */
export interface Prompter {
  ask(q: Question, path: string, subject: string | undefined, current: unknown, lang: Lang): Promise<string | undefined>;
  /** Shows a message (a rejected answer). */
  tell(message: string): void;
}

export interface InitOptions {
  /** Existing tamis.yaml text ('' for a new file). */
  yaml: string;
  lang: Lang;
  prompter?: Prompter;
  /** Answers file content (nested or dotted keys). */
  answers?: Record<string, unknown>;
  /** Pipeline part proposed by --dir, set where the config has none. */
  scaffold?: { sources: unknown[]; pipeline: unknown[]; output: unknown };
}

type Seg = string | number;

function state(doc: Document): Register {
  const js = doc.toJS() as unknown;
  return (js && typeof js === 'object' ? js : {}) as Register;
}

function getIn(obj: unknown, path: Seg[]): unknown {
  let cur: unknown = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** Appends to a list, keeping its existing items (and their comments); creates the list when absent. */
function append(doc: Document, path: Seg[], item: unknown): void {
  if (isSeq(doc.getIn(path))) doc.addIn(path, doc.createNode(item));
  else doc.setIn(path, doc.createNode([item]));
}

/** Writes a value at a register path, resolving the virtual paths. */
function apply(doc: Document, path: string, value: unknown): void {
  const r = state(doc);
  const segs = path.split('.');
  if (path === 'roles.ownRole' || path === 'roles.ownAiActRole') {
    const name = r.project?.controller?.name ?? r.project?.name ?? 'controller';
    const orgs = r.roles?.organisations ?? [];
    let idx = orgs.findIndex((o) => o.name === name);
    if (idx < 0) { idx = orgs.length; append(doc, ['roles', 'organisations'], { name }); }
    doc.setIn(['roles', 'organisations', idx, path === 'roles.ownRole' ? 'gdprRole' : 'aiActRole'], value);
    return;
  }
  // The collection mode lives on the pipeline source when there is one (the build requires it there).
  const coll = /^lawfulness\.sources\.([^.]+)\.collection$/.exec(path);
  if (coll && Array.isArray(r.sources)) {
    const idx = (r.sources as { id?: unknown }[]).findIndex((x) => x?.id === coll[1]);
    if (idx >= 0) {
      doc.setIn(['sources', idx, 'collection'], value);
      if (r.lawfulness?.sources?.[coll[1]!]?.collection !== undefined) doc.setIn(segs, value);
      return;
    }
  }
  if (path === 'lawfulness.sourceIds') {
    for (const id of value as string[]) if (r.lawfulness?.sources?.[id] === undefined) doc.setIn(['lawfulness', 'sources', id], doc.createNode({}));
    return;
  }
  if (path === 'design.minimisation.fieldNames') {
    const fields = r.design?.minimisation?.fields ?? [];
    const names = value as string[];
    const merged = [...fields.filter((f) => names.includes(f.name)), ...names.filter((n) => !fields.some((f) => f.name === n)).map((name) => ({ name }))];
    doc.setIn(['design', 'minimisation', 'fields'], doc.createNode(merged));
    return;
  }
  if (path === 'dpia.risks') {
    const risks = r.dpia?.risks ?? [];
    const chosen = value as string[];
    const merged = [...risks.filter((x) => chosen.includes(x.risk)), ...chosen.filter((c) => !risks.some((x) => x.risk === c)).map((risk) => ({ risk }))];
    doc.setIn(['dpia', 'risks'], doc.createNode(merged));
    return;
  }
  if (segs[0] === 'dpia' && segs[1] === 'risks' && segs.length === 4) {
    const risks = r.dpia?.risks ?? [];
    let idx = risks.findIndex((x) => x.risk === segs[2]);
    if (idx < 0) { idx = risks.length; append(doc, ['dpia', 'risks'], { risk: segs[2] }); }
    doc.setIn(['dpia', 'risks', idx, segs[3]!], value);
    return;
  }
  // A short form (`raw: P6M`, `dpo: a@b`) in the way of a longer path becomes a map first.
  for (let i = 1; i < segs.length; i++) {
    const parent = getIn(r, segs.slice(0, i));
    if (parent !== undefined && (parent === null || typeof parent !== 'object')) { doc.setIn(segs.slice(0, i), doc.createNode({})); break; }
  }
  doc.setIn(segs, value);
}

/** Current value shown as the default when asking. */
function current(r: Register, path: string): unknown {
  if (path === 'roles.ownRole' || path === 'roles.ownAiActRole') {
    const o = (r.roles?.organisations ?? []).find((x) => x.name === r.project?.controller?.name);
    return path === 'roles.ownRole' ? o?.gdprRole : o?.aiActRole;
  }
  if (path === 'design.minimisation.fieldNames') return r.design?.minimisation?.fields?.map((f) => f.name);
  if (path === 'lawfulness.sourceIds') return undefined;
  const coll = /^lawfulness\.sources\.([^.]+)\.collection$/.exec(path);
  if (coll) return collectionOf(r, coll[1]!);
  if (path === 'dpia.risks') return r.dpia?.risks?.map((x) => x.risk);
  const segs = path.split('.');
  if (segs[0] === 'dpia' && segs[1] === 'risks' && segs.length === 4) {
    return (r.dpia?.risks ?? []).find((x) => x.risk === segs[2])?.[segs[3] as 'severity'];
  }
  return getIn(r, segs);
}

/** Question matching a concrete path (templates with `*` match one segment). */
function questionFor(path: string): Question | undefined {
  const segs = path.split('.');
  return QUESTIONS.find((q) => {
    const t = q.path.split('.');
    return t.length === segs.length && t.every((s, i) => s === '*' || s === segs[i]);
  });
}

/** Flattens an answers file to dotted paths; `justifications` and lists stay whole (rule ids contain dots). */
export function flattenAnswers(obj: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v) && path !== 'justifications' && !questionFor(path)) Object.assign(out, flattenAnswers(v as Record<string, unknown>, path));
    else out[path] = v;
  }
  return out;
}

const TOP_KEYS = new Set([...Object.keys(registerShape), 'sources', 'pipeline', 'output']);

export async function runInit(opts: InitOptions): Promise<{ yaml: string; asked: number; set: number }> {
  // A new file starts as a block-style map (parsing '{}' would give flow style).
  const doc = opts.yaml.trim() ? parseDocument(opts.yaml) : new Document({});
  if (doc.errors.length) throw new ConfigError('CONFIG_YAML', `existing config is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  let set = 0;
  let asked = 0;
  if (opts.scaffold) {
    const r = state(doc);
    for (const k of ['sources', 'pipeline', 'output'] as const) if (r[k] === undefined) doc.set(k, doc.createNode(opts.scaffold[k]));
  }
  if (opts.answers) {
    for (const [path, raw] of Object.entries(flattenAnswers(opts.answers))) {
      if (!TOP_KEYS.has(path.split('.')[0]!)) throw new UsageError(`answers: unknown key "${path}"`, { hint: 'keys are register paths such as purpose.description (see docs/init.md)' });
      const q = questionFor(path);
      const value = q ? coerceAnswer(q, raw, path) : raw;
      if (value === undefined) continue;
      if (path === 'justifications') { for (const [id, why] of Object.entries(value as Record<string, unknown>)) doc.setIn(['justifications', id], why); }
      else apply(doc, path, value);
      set++;
    }
  }
  if (opts.prompter) {
    for (const q of QUESTIONS) {
      const subjects: (string | undefined)[] = q.each === 'source' ? sourceIdsOf(state(doc))
        : q.each === 'risk' ? (state(doc).dpia?.risks ?? []).map((x) => x.risk) : [undefined];
      for (const subject of subjects) {
        const r = state(doc);
        if (q.when && !q.when(r, subject)) continue;
        const path = subject ? q.path.replace('*', subject) : q.path;
        asked++;
        // Re-ask on a bad answer, so one typo does not end the session.
        for (;;) {
          const raw = await opts.prompter.ask(q, path, subject, current(r, path), opts.lang);
          try {
            const value = coerceAnswer(q, raw, path);
            if (value !== undefined) { apply(doc, path, value); set++; }
            break;
          } catch (e) {
            if (!(e instanceof UsageError)) throw e;
            opts.prompter.tell(e.message);
          }
        }
      }
    }
  }
  return { yaml: doc.toString({ lineWidth: 0 }), asked, set };
}
