// Reads Chromium's accessibility tree for the page under test, through the
// DevTools protocol: what a screen reader is given, not what the DOM says.
import { cdp } from 'vitest/browser';

export interface AXNode {
  role: string;
  name: string;
  /** The accessible description (aria-describedby, title…), '' when none. */
  description: string;
  ignored: boolean;
  /** Properties such as `live`, `atomic`, `modal`, by name. */
  properties: Record<string, unknown>;
  parent?: AXNode;
  children: AXNode[];
}

interface RawNode {
  nodeId: string;
  parentId?: string;
  childIds?: string[];
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

function findFrame(tree: FrameTree, url: string): string | undefined {
  if (tree.frame.url === url) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const id = findFrame(child, url);
    if (id) return id;
  }
  return undefined;
}

/** The accessibility tree of the test's own frame, as Chromium exposes it to assistive technology. */
export async function accessibilityTree(): Promise<AXNode> {
  // Let pending DOM changes reach the accessibility tree.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const session = cdp();
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frameId = findFrame(frameTree, location.href);
  const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: RawNode[] };
  const byId = new Map<string, AXNode>();
  for (const raw of nodes) {
    byId.set(raw.nodeId, {
      role: raw.role?.value ?? '',
      name: raw.name?.value ?? '',
      description: raw.description?.value ?? '',
      ignored: raw.ignored,
      properties: Object.fromEntries((raw.properties ?? []).map((p) => [p.name, p.value.value])),
      children: [],
    });
  }
  let root: AXNode | undefined;
  for (const raw of nodes) {
    const node = byId.get(raw.nodeId)!;
    node.children = (raw.childIds ?? []).flatMap((id) => byId.get(id) ?? []);
    for (const child of node.children) child.parent = node;
    if (!raw.parentId) root ??= node;
  }
  if (!root) throw new Error('Chromium returned an empty accessibility tree');
  return root;
}

export function* walk(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

/** Text a screen reader would read inside `node` (names of its static text descendants). */
export function textOf(node: AXNode): string {
  return [...walk(node)]
    .filter((n) => n.role === 'StaticText' && !n.ignored)
    .map((n) => n.name)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Live regions (nodes with a `live` property other than off), with the text they hold. */
export function liveRegions(root: AXNode): { node: AXNode; live: string; text: string }[] {
  return [...walk(root)]
    .filter((n) => typeof n.properties.live === 'string' && n.properties.live !== 'off' && n.properties.container === undefined)
    .filter((n) => !n.parent || n.parent.properties.live !== n.properties.live)
    .map((node) => ({ node, live: node.properties.live as string, text: textOf(node) }));
}

export function isInside(node: AXNode, ancestor: AXNode): boolean {
  for (let n: AXNode | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  contentDocument?: DomNode;
  shadowRoots?: DomNode[];
}

/**
 * The accessibility node of the element with this id in the test's frame, even where Chromium
 * leaves it out of the full tree (content made inert by a modal dialog): `ignored` and why.
 */
export async function axNodeOfId(id: string): Promise<{ ignored: boolean; reasons: string[] } | undefined> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const session = cdp();
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | undefined => {
    const attributes = node.attributes ?? [];
    for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === 'id' && attributes[i + 1] === id) return node;
    for (const child of [...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const element = find(root);
  if (!element) return undefined;
  const { nodes } = (await session.send('Accessibility.getPartialAXTree', { backendNodeId: element.backendNodeId, fetchRelatives: false })) as {
    nodes: (RawNode & { ignoredReasons?: { name: string }[] })[];
  };
  const node = nodes[0];
  return node && { ignored: node.ignored, reasons: (node.ignoredReasons ?? []).map((reason) => reason.name) };
}
