// Runs the CLI from the TypeScript sources (so e2e tests do not depend on a fresh `dist/`).
import { main } from '../../src/cli/main.js';

main(process.argv).then((code) => { process.exitCode = code; });
