/** The pseudonymise step of the bench config, and the synthetic key its keyed operators use (bench only). */
export function pseudonymiseStepYaml(): string {
  return '  - pseudonymise: { PERSON: surrogate, EMAIL: surrogate, PHONE: surrogate, IBAN: redact, default: tag }\n';
}

export const BENCH_KEY = 'b3'.repeat(32);
