/**
 * The script tag Reachable was loaded by: `currentScript` while it runs, else
 * (a module script, or a loader such as Rocket Loader running the file) the
 * tag whose `src` names it. Its attributes configure Reachable, and its
 * folder is where the files loaded on demand come from.
 */
export function ownScript(doc: Document = document): HTMLOrSVGScriptElement | undefined {
  return (
    doc.currentScript ??
    [...doc.scripts].find((s) => /@reachable\/embed(@[^/]*)?\/?([?#]|$)|\/reachable(\.standalone)?(\.min)?\.js([?#]|$)/.test(s.src))
  );
}
