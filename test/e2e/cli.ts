// Runs the CLI from source (tsx), for e2e tests that need a real process (exit codes, SIGKILL).
import { main } from '../../src/cli/main.js';
process.exitCode = await main(process.argv);
