// Worker bootstrap used only when Tamis runs from its TypeScript sources (tests, bench, under tsx): some
// dependencies (eld) keep tsx's inherited loader from applying in worker threads, so register it explicitly.
import { register } from 'tsx/esm/api';
register();
const mod = await import('./worker.ts');
export default mod.default;
