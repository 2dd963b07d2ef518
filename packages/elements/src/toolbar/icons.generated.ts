// Generated from the icon names in the aid registry and the toolbar's own by `pnpm docs:aids`: do not edit.
import { ALargeSmall, Blend, BookOpenText, Bookmark, Captions, ChevronDown, CirclePause, Contrast, Focus, Gauge, HeartHandshake, Keyboard, Languages, Link, MousePointer2, Palette, PanelBottom, Pause, RotateCcw, Rows2, Ruler, Square, Type, UnfoldHorizontal, Volume2, X, ZoomIn } from 'lucide';

/** The toolbar's pictures, by Lucide name. */
export const ICONS = {
  'a-large-small': ALargeSmall,
  'blend': Blend,
  'book-open-text': BookOpenText,
  'bookmark': Bookmark,
  'captions': Captions,
  'chevron-down': ChevronDown,
  'circle-pause': CirclePause,
  'contrast': Contrast,
  'focus': Focus,
  'gauge': Gauge,
  'heart-handshake': HeartHandshake,
  'keyboard': Keyboard,
  'languages': Languages,
  'link': Link,
  'mouse-pointer-2': MousePointer2,
  'palette': Palette,
  'panel-bottom': PanelBottom,
  'pause': Pause,
  'rotate-ccw': RotateCcw,
  'rows-2': Rows2,
  'ruler': Ruler,
  'square': Square,
  'type': Type,
  'unfold-horizontal': UnfoldHorizontal,
  'volume-2': Volume2,
  'x': X,
  'zoom-in': ZoomIn,
};
export type IconName = keyof typeof ICONS;
