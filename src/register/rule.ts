/**
 * What a register rule is: one CNIL requirement as data (id, sheet, level, FR/EN message and fix, source links)
 * plus a small predicate over the register. Levels follow the CNIL's own distinction between what the law
 * requires ("the controller must"), what it recommends (a controller may deviate if it justifies the choice),
 * and good practices that go beyond the GDPR.
 */
import type { RegisterContext } from './context.js';

export type Level = 'obligation' | 'recommendation' | 'good-practice';
export type Severity = 'error' | 'warning' | 'note';
export const SEVERITY: Record<Level, Severity> = { obligation: 'error', recommendation: 'warning', 'good-practice': 'note' };

export type Lang = 'fr' | 'en';
export interface Text { fr: string; en: string }

/**
 * Outcome of a check: `true` passes, `false` fails, `'n/a'` when the rule does not apply to this register,
 * a list of subjects (source ids, organisation names, stages...) that fail it (an empty list passes).
 */
export type Outcome = boolean | 'n/a' | string[];

export interface Rule {
  /** Stable id, used in `justifications:` and in reports: `<area>.<what>`. */
  id: string;
  /** CNIL how-to sheet (1-7; 8 = information and rights; 9 = open release, from the CNIL open-source analysis). */
  sheet: number;
  level: Level;
  title: Text;
  /** What is wrong when the rule fails. */
  message: Text;
  /** How to fix it in tamis.yaml. */
  fix: Text;
  /** CNIL pages (first one is the main link). */
  sources: string[];
  /** Seed document (in shared/seeds) the rule also rests on, when its own page could not be confirmed. */
  seed?: string;
  check(ctx: RegisterContext): Outcome;
}

/** Builds a rule; kept as a function so each rule file reads as a list of data objects. */
export function rule(r: Rule): Rule {
  if (!/^[a-z0-9-]+\.[a-z0-9.-]+$/.test(r.id)) throw new Error(`bad rule id ${r.id}`);
  if (r.sources.length === 0) throw new Error(`rule ${r.id} has no source`);
  return r;
}

/** A value counts as answered when it is a non-empty string, a non-empty list, a boolean or a number. */
export function answered(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim().length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

export const SHEET_TITLES: Record<number, Text> = {
  1: { fr: 'Déterminer le régime juridique applicable', en: 'Determining the applicable legal regime' },
  2: { fr: 'Définir une finalité', en: 'Defining a purpose' },
  3: { fr: 'Déterminer la qualification juridique des fournisseurs', en: 'Determining the legal qualification of AI system providers' },
  4: { fr: 'Assurer la licéité du traitement', en: 'Ensuring the lawfulness of the processing' },
  5: { fr: 'Réaliser une analyse d’impact si nécessaire', en: 'Carrying out a DPIA when necessary' },
  6: { fr: 'Tenir compte de la protection des données dans la conception', en: 'Taking data protection into account in the design choices' },
  7: { fr: 'Protection des données dans la collecte et la gestion', en: 'Data protection in data collection and management' },
  8: { fr: 'Informer les personnes et permettre l’exercice des droits', en: 'Informing data subjects and handling their rights' },
  9: { fr: 'Diffusion ouverte des modèles et jeux de données', en: 'Open release of models and data sets' },
};
