// The browser tier in WebKit: vitest's WebdriverIO provider, over classic
// WebDriver, with a WebKitWebDriver of its own (and MiniBrowser on an Xvfb
// display: ./webkit-driver.ts). The provider names browsers after the drivers
// it knows (this project's instance is 'safari') and would send that name;
// WebKitWebDriver answers only to MiniBrowser, so the session is opened here.
import { webdriverio, WebdriverBrowserProvider } from '@vitest/browser-webdriverio';
import type { BrowserProvider } from 'vitest/node';
import { remote } from 'webdriverio';
import { startWebKitDriver, webkitCapabilities, type WebKitDriver } from './webkit-driver.js';

class MiniBrowserProvider extends WebdriverBrowserProvider {
  private driver?: WebKitDriver;
  private opening?: Promise<WebdriverIO.Browser>;

  override openBrowser(): Promise<WebdriverIO.Browser> {
    this.opening ??= (async () => {
      this.driver = await startWebKitDriver();
      this.browser = await remote({ hostname: '127.0.0.1', port: this.driver.port, logLevel: 'error', connectionRetryCount: 0, capabilities: webkitCapabilities(this.driver.minibrowser) });
      await this.fitWindow(414, 896); // vitest's default viewport
      return this.browser;
    })();
    return this.opening;
  }

  /**
   * The tests' frame has the viewport's size, inside vitest's page in the window. The window is made large enough
   * to show all of it (MiniBrowser has a minimum width, and its own toolbar): scrolled out of view, part of the
   * frame would not get WebKit's WebDriver clicks.
   */
  override async setViewport({ width, height }: { width: number; height: number }): Promise<void> {
    await this.fitWindow(width, height);
  }

  private async fitWindow(width: number, height: number): Promise<void> {
    await this.browser!.setWindowSize(Math.max(width, 1024) + 32, height + 160);
  }

  override async close(): Promise<void> {
    try {
      await super.close();
    } finally {
      this.driver?.stop();
    }
  }
}

export function webkitgtk(): ReturnType<typeof webdriverio> {
  // (The cast: with Playwright's provider types also loaded, the two packages' CDPSession types disagree.)
  return { ...webdriverio(), providerFactory: (project) => new MiniBrowserProvider(project, {}) as unknown as BrowserProvider };
}
