/** Runs the CLI from the sources, for end-to-end tests (spawned with `node --import tsx`). */
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
