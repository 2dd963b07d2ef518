/**
 * The toolbar's groups, in their order, and whether each starts open in the
 * launcher's panel (a visitor opens and closes them there; the bar shows
 * every group). All start open today: read-aloud and the caption bar are
 * what older visitors look for, and the caption controls appear only on
 * pages with a video, where they are what the page is about. A group that
 * fewer visitors need can start closed as aids are added, keeping the panel
 * short. An aid's `group` names one of these; a group without an offered
 * aid is not shown.
 */
export const GROUPS = [
  // First: one switch that turns on a bundle of the aids below (关怀模式).
  { id: 'presets', open: true },
  { id: 'text', open: true },
  { id: 'color', open: true },
  { id: 'reading', open: true },
  { id: 'speech', open: true },
  { id: 'captions', open: true },
] as const satisfies readonly { id: string; open: boolean }[];

export type GroupId = (typeof GROUPS)[number]['id'];
