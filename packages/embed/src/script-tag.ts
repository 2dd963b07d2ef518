/**
 * The script tag Reachable was loaded by: `currentScript` while it runs, else
 * (a module script, or a loader such as Rocket Loader running the file) the
 * tag whose `src` names it. Its attributes configure Reachable, and its
 * folder is where the files loaded on demand come from.
 */
export function ownScript(doc: Document = document): HTMLOrSVGScriptElement | undefined {
  return (
    doc.currentScript ??
    [...doc.scripts].find((s) => PACKAGE_ADDRESS.test(s.src) || /\/reachable(\.standalone)?(\.min)?\.js([?#]|$)/.test(s.src))
  );
}

/** A CDN's address of the package itself (`https://unpkg.com/@reachable/embed`, `…/npm/@reachable/embed@1`), not of a file in it. */
const PACKAGE_ADDRESS = /(@reachable\/embed)(@[^/?#]*)?\/?(?=[?#]|$)/;

/**
 * The address the files loaded on demand are found beside. A script's `src`
 * is the address as written, not where the CDN redirected it: for the
 * package's own address (the install line in the docs), chunks would resolve
 * to `…/@reachable/chunks/…`. That address names this version's first file
 * instead, so its chunks are found and are of the same version (a cached
 * first file never meets the chunks of a newer "latest").
 */
export const firstFileAddress = (src: string): string => src.replace(PACKAGE_ADDRESS, `$1@${__VERSION__}/dist/reachable.js`);
