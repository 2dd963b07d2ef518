// The optional second script tag, for pages with videos: <reach-captions>, self-contained.
// It shares the visitor's caption style with the toolbar through the same storage key.
import '@reachable/elements/captions';
