/**
 * Facts derived once from a config for the rules: the sources (ids from the pipeline part and from the register's
 * per-source legal bases, merged), their collection modes, and which optional parts of the sheets apply.
 */
import type { Register, SourceBasis } from './schema.js';
import { COLLECTION_MODES } from './schema.js';

export type CollectionMode = (typeof COLLECTION_MODES)[number];

export interface SourceView {
  id: string;
  /** Declared in the pipeline's `sources`. */
  declared: boolean;
  collection: CollectionMode | undefined;
  /** The pipeline source's own `collection`, to catch a register saying otherwise. */
  declaredCollection: CollectionMode | undefined;
  basis: SourceBasis | undefined;
}

export interface RegisterContext {
  reg: Register;
  sources: SourceView[];
  /** Pipeline step names (detect, drop-sensitive, pseudonymise...), when the pipeline part is present. */
  steps: string[];
  usesLegitimateInterest: boolean;
  generalPurpose: boolean;
  /** Whether a DPIA is required and why (criteria count, CNIL list, AI Act high risk). */
  dpiaRequired: { required: boolean; reasons: string[] };
}

function isCollection(v: unknown): v is CollectionMode {
  return typeof v === 'string' && (COLLECTION_MODES as readonly string[]).includes(v);
}

/** Reads the pipeline's sources defensively: their schema belongs to the build, we only need id and mode. */
function pipelineSources(raw: unknown): { id: string; collection: CollectionMode | undefined }[] {
  if (!Array.isArray(raw)) return [];
  const out: { id: string; collection: CollectionMode | undefined }[] = [];
  for (const s of raw) {
    if (s && typeof s === 'object' && typeof (s as { id?: unknown }).id === 'string') {
      const c = (s as { collection?: unknown }).collection;
      out.push({ id: (s as { id: string }).id, collection: isCollection(c) ? c : undefined });
    }
  }
  return out;
}

function pipelineSteps(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const names: string[] = [];
  for (const step of raw) {
    if (typeof step === 'string') names.push(step);
    else if (step && typeof step === 'object') {
      const o = step as Record<string, unknown>;
      if (typeof o.step === 'string') names.push(o.step);
      else if (typeof o.name === 'string') names.push(o.name);
      else names.push(...Object.keys(o));
    }
  }
  return names;
}

export function buildContext(reg: Register): RegisterContext {
  const declared = pipelineSources(reg.sources);
  const bases = reg.lawfulness?.sources ?? {};
  const ids = [...new Set([...declared.map((d) => d.id), ...Object.keys(bases)])];
  const sources: SourceView[] = ids.map((id) => {
    const d = declared.find((x) => x.id === id);
    const basis = bases[id];
    return { id, declared: d !== undefined, collection: basis?.collection ?? d?.collection, declaredCollection: d?.collection, basis };
  });
  const criteria = reg.dpia?.criteria ?? [];
  const reasons: string[] = [];
  if (criteria.length >= 2) reasons.push(`criteria:${criteria.length}`);
  if (reg.dpia?.cnilList) reasons.push('cnil-list');
  if (reg.dpia?.aiActHighRisk) reasons.push('ai-act-high-risk');
  return {
    reg,
    sources,
    steps: pipelineSteps(reg.pipeline),
    usesLegitimateInterest: sources.some((s) => s.basis?.basis === 'legitimate-interest'),
    generalPurpose: reg.purpose?.kind === 'general-purpose' || reg.regime?.generalPurpose === true,
    dpiaRequired: { required: reasons.length > 0, reasons },
  };
}
