/** Piscina worker: builds its own engine (no shared state between threads) and analyses a batch of texts. */
import type { Engine } from '../detect/engine.js';
import { analyzeTexts, buildEngine, type CompactAnalysis, type EngineSettings } from './analysis.js';

let engine: Engine | undefined;
let key = '';

export default function analyzeBatch(task: { settings: EngineSettings; texts: string[] }): CompactAnalysis[] {
  const k = JSON.stringify(task.settings);
  if (!engine || k !== key) { engine = buildEngine(task.settings); key = k; }
  return analyzeTexts(engine, task.texts, task.settings.lang);
}
