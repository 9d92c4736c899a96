// Worker entry used only when Tamis runs from its TypeScript sources (tests, `tsx`): worker threads do not inherit
// tsx's loader, so register it here, then load the real worker. The built package uses dist/cli/detect-worker.js.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./detect-worker.ts');
export default mod.default;
