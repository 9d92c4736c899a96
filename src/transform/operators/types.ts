/** What every operator gets and returns. Operators are built once per policy entry and validate their options then. */
import type { EntityType, Finding } from '../../core/types.js';
import type { ProjectKey } from '../keys.js';
import type { MentionLink, NameToken } from '../link.js';

export const OPERATOR_NAMES = ['keep', 'redact', 'mask', 'tag', 'hash', 'pseudonym', 'surrogate', 'generalise', 'encrypt'] as const;
export type OperatorName = (typeof OPERATOR_NAMES)[number];

/** Per-document state shared by the operators of one `transform` call. */
export interface DocState {
  docId: string;
  lang: 'fr' | 'en';
  /** Normalised words of the document's original names and places: a surrogate never uses one of them, so no
   * original value can reappear in the output as another person's surrogate. */
  avoid?: ReadonlySet<string>;
  /** Tag numbers: type -> canonical mention -> n. */
  tags: Map<string, Map<string, number>>;
}

export interface OpInput {
  value: string;
  finding: Finding;
  /** The person (or value) this mention was linked to inside the document. */
  link: MentionLink;
  /** Name tokens with roles, for PERSON findings. */
  nameTokens?: readonly NameToken[];
}

export interface Operator {
  readonly name: OperatorName;
  apply(input: OpInput, doc: DocState, key: ProjectKey | undefined): string;
}

/** Thrown for bad operator options; the policy loader adds where in the policy the entry was. */
export class OperatorOptionsError extends Error {
  constructor(readonly operator: string, readonly detail: string) {
    super(`operator ${operator}: ${detail}`);
    this.name = 'OperatorOptionsError';
  }
}

export function needKey(op: string, key: ProjectKey | undefined): ProjectKey {
  if (!key) throw new OperatorOptionsError(op, 'needs the project key (set TAMIS_KEY or pass --key-file; create one with `tamis keygen`)');
  return key;
}

export type { EntityType };
