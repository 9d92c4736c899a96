/** The pseudonymise step of the bench config (empty while the transform layer is not available). */
export function pseudonymiseStepYaml(): string {
  return '';
}
