/** Runs the CLI from the TypeScript sources (always current, unlike dist/): `node --import tsx test/e2e/cli-entry.ts ...`. */
import { main } from '../../src/cli/main.js';

main(process.argv).then((code) => { process.exitCode = code; });
