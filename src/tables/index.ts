/** Public face of the tables feature: column policies, table pseudonymisation, re-identification risk. */
export { loadColumns, parseColumnsArg, columnsSchema, type ColumnPolicies, type ColumnPolicy } from './columns.js';
export { pseudonymiseTable, tableFormat, openDuck, readRelation, type TableJob, type TableResult } from './table.js';
export { riskMetrics, suggestGeneralisation, formatRiskReport, type RiskMetrics, type RiskReport, type Suggestion } from './risk.js';
