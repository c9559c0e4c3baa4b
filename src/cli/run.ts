// Runs a CLI command: known errors print one clear message and exit 1, never a stack trace.
import { ConfigError } from '../config.js';
import { MissingToolError } from '../db/local-neo4j.js';

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof ConfigError || e instanceof MissingToolError) {
      console.error(e.message);
    } else {
      console.error(`Error: ${(e as Error).message ?? String(e)}`);
      if (process.env['DEBUG']) console.error(e);
    }
    process.exitCode = 1;
  }
}
