// WebKit for the tests: Debian's WebKitWebDriver (webkit2gtk-driver), which
// starts WebKitGTK's MiniBrowser, on an Xvfb display of its own. Used by the
// end-to-end tests (test/e2e/drivers.ts) and by the browser tier's WebKit
// project (test/webkit-provider.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { findEngines, INSTALL } from '../scripts/engines.mjs';

/** What a WebDriver session needs to start MiniBrowser (classic WebDriver: WebKitGTK's BiDi does not answer a session yet). */
export function webkitCapabilities(minibrowser: string): WebdriverIO.Capabilities {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: minibrowser, args: ['--automation'] },
  } as WebdriverIO.Capabilities;
}

export interface WebKitDriver {
  port: number;
  minibrowser: string;
  stop(): void;
}

/** Processes started here, killed even when a worker ends without its teardown. */
const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) child.kill();
});

function start(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; fd3?: boolean } = {}): ChildProcess & { output(): string } {
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe', ...(options.fd3 ? ['pipe' as const] : [])] });
  let output = '';
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  child.once('exit', () => started.delete(child));
  started.add(child);
  return Object.assign(child, { output: () => output });
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts Xvfb and WebKitWebDriver; resolves once the driver answers. */
export async function startWebKitDriver(): Promise<WebKitDriver> {
  const found = findEngines().webkit;
  if (!found) throw new Error(`WebKit is not installed: ${INSTALL.webkit}`);
  // A display of its own: -displayfd picks a free display number and writes it on fd 3.
  const display = start(found.xvfb, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1600x1200x24'], { fd3: true });
  const number = await Promise.race([
    new Promise<string>((resolve) => (display.stdio[3] as NodeJS.ReadableStream).once('data', (chunk) => resolve(String(chunk).trim()))),
    once(display, 'exit').then(() => {
      throw new Error(`Xvfb did not start: ${display.output()}`);
    }),
  ]);
  const port = await freePort();
  const driver = start(found.webdriver, [`--port=${port}`], { env: { ...process.env, DISPLAY: `:${number}` } });
  const stop = () => {
    driver.kill();
    display.kill();
  };
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {}
    if (tries > 100 || driver.exitCode !== null) {
      stop();
      throw new Error(`WebKitWebDriver did not start: ${driver.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, minibrowser: found.minibrowser, stop };
}
