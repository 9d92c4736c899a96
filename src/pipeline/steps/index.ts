/** Builds the configured steps, in config order (explicit map: one constructor per step name). */
import type { Transformer } from '../../transform/types.js';
import type { StepConfig } from '../schema.js';
import type { PipelineStep } from '../step.js';
import type { TaskStats } from '../stats.js';
import { DedupSignatureStep } from './dedup.js';
import { DetectStep } from './detect.js';
import { DropSensitiveStep, type SentenceRemoval } from './drop-sensitive.js';
import { LanguageStep } from './language.js';
import { MinimiseStep } from './minimise.js';
import { PseudonymiseStep } from './pseudonymise.js';
import { QualityStep } from './quality.js';

export interface StepEnv {
  stats: TaskStats;
  baseDir: string;
  /** Builds the transformer from the pseudonymise policy (the one integration point with the transform layer). */
  transformer: (policy: Record<string, unknown>) => Transformer;
  onRemoval?: (r: SentenceRemoval) => void;
}

export function buildSteps(configs: readonly StepConfig[], env: StepEnv): PipelineStep[] {
  return configs.map((c): PipelineStep => {
    if (c.minimise) return new MinimiseStep(c.minimise, env.baseDir);
    if (c.language) return new LanguageStep(c.language);
    if (c.quality) return new QualityStep(c.quality);
    if (c.detect) return new DetectStep(c.detect, env.stats);
    if (c['drop-sensitive']) return new DropSensitiveStep(c['drop-sensitive'], env.stats, env.onRemoval);
    if (c.pseudonymise) return new PseudonymiseStep(env.transformer(c.pseudonymise), env.stats);
    if (c.dedup) return new DedupSignatureStep(c.dedup);
    throw new Error(`unknown step ${Object.keys(c).join(',')}`);
  });
}

/**
 * Checks, in the main thread before any worker starts, what can fail in a step's construction because of the
 * user's setup (an unreadable opt-out file, a bad pseudonymisation policy, a missing key), so the build stops
 * once with one clear message instead of once per task.
 */
export function preflightSteps(configs: readonly StepConfig[], env: Pick<StepEnv, 'baseDir' | 'transformer'>): void {
  for (const c of configs) {
    if (c.minimise) new MinimiseStep(c.minimise, env.baseDir);
    if (c.pseudonymise) env.transformer(c.pseudonymise);
  }
}
