// `npm start`: serves the graph at http://localhost:4000/graphql; SIGINT/SIGTERM stop everything cleanly.
import { runCli } from './cli/run.js';
import { loadConfig } from './config.js';
import { startApp } from './app.js';
import { createLogger, useLogger } from './log.js';

await runCli(async () => {
  const started = Date.now();
  const config = loadConfig();
  // JSON logs on stdout, among these few human lines (a log shipper keeps the lines that parse).
  useLogger(createLogger(config));
  const app = await startApp(config);
  console.log(`Hromada Graph ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${app.url} (health: ${app.url.replace('/graphql', '/health')})`);
  await new Promise<void>((resolve) => {
    // Handlers stay installed: a second signal (tsx relays the one the group got) must not kill a clean shutdown.
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: draining requests and stopping...`);
      resolve();
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
  await app.stop();
  console.log('Stopped.');
});
