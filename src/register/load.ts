/** Loads tamis.yaml with positions so register errors point at file:line:col. */
import { parseYamlFile, validateConfig, type LoadedYaml } from '../config/load.js';
import { tamisConfigSchema, type TamisConfig } from './schema.js';

export function loadTamisConfig(file: string): { config: TamisConfig; yaml: LoadedYaml } {
  const yaml = parseYamlFile(file);
  return { config: validateConfig(yaml, tamisConfigSchema), yaml };
}
