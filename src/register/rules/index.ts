/** The explicit list of register rules, in sheet order. */
import type { Rule } from '../rule.js';
import { regimeRules } from './regime.js';
import { purposeRules } from './purpose.js';
import { rolesRules } from './roles.js';
import { lawfulnessRules } from './lawfulness.js';
import { collectionModeRules } from './collection-modes.js';
import { sensitiveRules } from './sensitive.js';
import { dpiaRules } from './dpia.js';
import { designRules } from './design.js';
import { managementRules } from './management.js';
import { informationRules } from './information.js';
import { openReleaseRules } from './open-release.js';

export const RULES: readonly Rule[] = [
  ...regimeRules, ...purposeRules, ...rolesRules, ...lawfulnessRules, ...collectionModeRules, ...sensitiveRules,
  ...dpiaRules, ...designRules, ...managementRules, ...informationRules, ...openReleaseRules,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
