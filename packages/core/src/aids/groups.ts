/**
 * The toolbar's groups, in their order, and whether each starts open in the
 * launcher's panel (a visitor opens and closes them there; the bar shows
 * every group). The common groups start open; read-aloud's, which fewer
 * visitors need, starts closed, so the panel stays short as aids are added. An aid's `group`
 * names one of these; a group without an offered aid is not shown.
 */
export const GROUPS = [
  { id: 'text', open: true },
  { id: 'color', open: true },
  { id: 'reading', open: true },
  { id: 'speech', open: false },
  // Shown only on pages with a video, where it is what the page is about.
  { id: 'captions', open: true },
] as const satisfies readonly { id: string; open: boolean }[];

export type GroupId = (typeof GROUPS)[number]['id'];
