// Generated from the icon names in the aid registry and the toolbar's own by `pnpm docs:aids`: do not edit.
import { ALargeSmall, Blend, BookOpenText, Captions, ChevronDown, CirclePause, Contrast, Focus, Gauge, Keyboard, Link, MousePointer2, Palette, RotateCcw, Ruler, UnfoldHorizontal, Volume2, X, ZoomIn } from 'lucide';

/** The toolbar's pictures, by Lucide name. */
export const ICONS = {
  'a-large-small': ALargeSmall,
  'blend': Blend,
  'book-open-text': BookOpenText,
  'captions': Captions,
  'chevron-down': ChevronDown,
  'circle-pause': CirclePause,
  'contrast': Contrast,
  'focus': Focus,
  'gauge': Gauge,
  'keyboard': Keyboard,
  'link': Link,
  'mouse-pointer-2': MousePointer2,
  'palette': Palette,
  'rotate-ccw': RotateCcw,
  'ruler': Ruler,
  'unfold-horizontal': UnfoldHorizontal,
  'volume-2': Volume2,
  'x': X,
  'zoom-in': ZoomIn,
};
export type IconName = keyof typeof ICONS;
