/** Public surface of the register feature (used by the CLI and by `tamis build`). */
export { checkRegister, parseRegister, type CheckReport, type RegisterFinding, type CheckOptions } from './check.js';
export { loadTamisConfig } from './load.js';
export { formatText, formatJson } from './format.js';
export { RULES, findRule } from './rules/index.js';
export { tamisConfigSchema, registerShape, type TamisConfig, type Register } from './schema.js';
export type { Rule, Level, Lang, Text } from './rule.js';
