// One small driver per engine, each with the few operations the end-to-end
// tests need: open a page, evaluate an expression, click at a point, press a
// key, type text. Everything else (finding elements by role, waiting until they
// can be clicked) runs in the page itself (./page.ts), the same in every engine.
//
//   chromium: Playwright over the DevTools protocol (Debian's chromium)
//   firefox:  Puppeteer over WebDriver BiDi, which Firefox serves itself (Debian's firefox-esr; no geckodriver)
//   webkit:   WebdriverIO over classic WebDriver: WebKitWebDriver starts WebKitGTK's MiniBrowser on an Xvfb display
//             (Debian's webkit2gtk-driver). WebKitGTK's BiDi does not answer a session yet, and classic WebDriver
//             has no console and no scripts that run before the page's own: ./page.ts does not need them.
import { chromium } from 'playwright';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { findEngines, INSTALL, type EngineName } from '../../scripts/engines.mjs';
import { startWebKitDriver, webkitCapabilities } from '../webkit-driver.js';

export type { EngineName };

export interface DriverPage {
  /** Loads `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates a JavaScript expression in the page (awaiting a promise) and returns its value, which must be a string. */
  evaluate(expression: string): Promise<string>;
  /** A mouse click at a point of the viewport (CSS pixels). */
  click(x: number, y: number): Promise<void>;
  /** Moves the mouse to a point of the viewport, as a visitor pointing at something. */
  hover(x: number, y: number): Promise<void>;
  /** A key press, as Playwright names keys: `Tab`, `Enter`, `Space`, `Escape`, `Alt+Shift+KeyA`. */
  press(key: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Resizes the viewport (in WebKit, the window: MiniBrowser keeps it at least about 450 px wide). */
  resize(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  engine: EngineName;
  /** A new page with its own storage (in WebKit, the one window, its storage cleared for `origin`). */
  newPage(origin: string): Promise<DriverPage>;
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1280, height: 720 };
const MODIFIERS = new Set(['Alt', 'Shift', 'Control', 'Meta']);

function splitKey(key: string): { modifiers: string[]; key: string } {
  const parts = key.split('+');
  const last = parts.pop()!;
  for (const part of parts) if (!MODIFIERS.has(part)) throw new Error(`Unknown modifier ${part} in ${key}`);
  return { modifiers: parts, key: last };
}

export async function launch(engine: EngineName): Promise<Driver> {
  const found = findEngines();
  if (engine === 'chromium' && found.chromium) return launchChromium(found.chromium.chromium);
  if (engine === 'firefox' && found.firefox) return launchFirefox(found.firefox.firefox);
  if (engine === 'webkit' && found.webkit) return launchWebKit();
  throw new Error(`${engine} is not installed: ${INSTALL[engine]}`);
}

async function launchChromium(executablePath: string): Promise<Driver> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    engine: 'chromium',
    async newPage() {
      const page = await browser.newPage({ viewport: VIEWPORT });
      return {
        goto: async (url) => void (await page.goto(url)),
        reload: async () => void (await page.reload()),
        evaluate: (expression) => page.evaluate(expression),
        click: (x, y) => page.mouse.click(x, y),
        hover: (x, y) => page.mouse.move(x, y),
        press: (key) => page.keyboard.press(key),
        type: (text) => page.keyboard.type(text),
        resize: (width, height) => page.setViewportSize({ width, height }),
        close: () => page.context().close(),
      };
    },
    close: () => browser.close(),
  };
}

async function launchFirefox(executablePath: string): Promise<Driver> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, defaultViewport: VIEWPORT });
  return {
    engine: 'firefox',
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        evaluate: (expression) => page.evaluate(expression) as Promise<string>,
        click: (x, y) => page.mouse.click(x, y),
        hover: (x, y) => page.mouse.move(x, y),
        async press(combo) {
          const { modifiers, key } = splitKey(combo);
          for (const modifier of modifiers) await page.keyboard.down(modifier as 'Alt');
          // Puppeteer's BiDi keyboard names the space bar by its character.
          await page.keyboard.press((key === 'Space' ? ' ' : key) as 'Tab');
          for (const modifier of modifiers.reverse()) await page.keyboard.up(modifier as 'Alt');
        },
        type: (text) => page.keyboard.type(text),
        resize: (width, height) => page.setViewport({ width, height }),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Playwright's key names → WebDriver's key values (the WebDriver specification's table of keys). */
const WEBDRIVER_KEYS: Record<string, string> = {
  Alt: '\uE00A',
  Shift: '\uE008',
  Control: '\uE009',
  Meta: '\uE03D',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: '\uE00D',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
};

function webdriverKey(key: string): string {
  if (WEBDRIVER_KEYS[key]) return WEBDRIVER_KEYS[key];
  const letterOrDigit = /^(?:Key([A-Z])|Digit(\d))$/.exec(key);
  if (letterOrDigit) return (letterOrDigit[1] ?? letterOrDigit[2])!.toLowerCase();
  if ([...key].length === 1) return key;
  throw new Error(`No WebDriver key for ${key}`);
}

/** MiniBrowser's own toolbar above the page, in px. */
const WINDOW_FRAME = 80;

async function launchWebKit(): Promise<Driver> {
  const driver = await startWebKitDriver();
  try {
    const browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', connectionRetryCount: 0, capabilities: webkitCapabilities(driver.minibrowser) });
    // The window's outer size; the viewport is then as near VIEWPORT as the window's frame allows.
    await browser.setWindowSize(VIEWPORT.width, VIEWPORT.height + WINDOW_FRAME);
    const evaluate = async (expression: string) => (await browser.execute(`return (${expression});`)) as string;
    return {
      engine: 'webkit',
      async newPage(origin) {
        // One window: clear the origin's storage from a page of that origin, so each test starts as a new visitor.
        await browser.url(new URL('/__e2e-blank__', origin).href);
        await evaluate('(localStorage.clear(), sessionStorage.clear(), "")');
        return {
          goto: async (url) => void (await browser.url(url)),
          reload: () => browser.refresh(),
          evaluate,
          async click(x, y) {
            await browser
              .action('pointer', { parameters: { pointerType: 'mouse' } })
              .move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' })
              .down({ button: 0 })
              .up({ button: 0 })
              .perform();
          },
          async hover(x, y) {
            await browser
              .action('pointer', { parameters: { pointerType: 'mouse' } })
              .move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' })
              .perform();
          },
          async press(combo) {
            const { modifiers, key } = splitKey(combo);
            const action = browser.action('key');
            for (const modifier of modifiers) action.down(webdriverKey(modifier));
            action.down(webdriverKey(key)).up(webdriverKey(key));
            for (const modifier of modifiers.reverse()) action.up(webdriverKey(modifier));
            await action.perform();
          },
          type: (text) => browser.keys([...text]),
          resize: (width, height) => browser.setWindowSize(width, height + WINDOW_FRAME),
          close: async () => {},
        };
      },
      async close() {
        try {
          await browser.deleteSession();
        } finally {
          driver.stop();
        }
      },
    };
  } catch (error) {
    driver.stop();
    throw error;
  }
}
