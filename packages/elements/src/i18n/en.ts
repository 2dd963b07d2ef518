import type { Messages } from './messages.js';

/** Colour pairs, named alike for page colour schemes and caption colours. */
const SCHEMES = {
  'white-on-black': 'White on black',
  'yellow-on-black': 'Yellow on black',
  'black-on-white': 'Black on white',
  'black-on-yellow': 'Black on yellow',
  'white-on-blue': 'White on blue',
};

export const en: Messages = {
  title: 'Accessibility tools',
  launcher: 'Accessibility tools',
  close: 'Close',
  reset: 'Reset all',
  resetDone: 'All settings reset',
  shortcuts: 'Keyboard shortcuts',
  shortcutsOff: 'This site has turned keyboard shortcuts off.',
  note: 'These aids help you read this site; they do not replace the site’s own accessibility. Your settings stay in this browser.',
  groups: { text: 'Text', color: 'Colour', reading: 'Reading', speech: 'Speech', captions: 'Captions' },
  aids: { fontScale: 'Text size', pageZoom: 'Page zoom', textSpacing: 'Text spacing', colorScheme: 'Colours', colorFilter: 'Filter', cursor: 'Large cursor', readingGuide: 'Reading guide', highlightLinks: 'Highlight links', highlightFocus: 'Highlight focus', reduceMotion: 'Stop motion', readingMode: 'Reading mode', speech: 'Read aloud', speechRate: 'Reading speed', captionBar: 'Big captions', captionBarText: 'Caption script', captionBarSize: 'Big caption size', captionBarPosition: 'Caption position', captionSize: 'Caption size', captionColors: 'Caption colours' },
  short: { fontScale: 'Text', pageZoom: 'Zoom', textSpacing: 'Spacing', colorScheme: 'Colours', colorFilter: 'Filter', cursor: 'Cursor', readingGuide: 'Guide', highlightLinks: 'Links', highlightFocus: 'Focus', reduceMotion: 'Stop motion', readingMode: 'Reading', speech: 'Read aloud', speechRate: 'Speed', captionBar: 'Captions', captionBarText: 'Script', captionBarSize: 'Size', captionBarPosition: 'Position', captionSize: 'Size', captionColors: 'Colours', reset: 'Reset', shortcuts: 'Keyboard' },
  options: {
    colorScheme: {
      default: 'Site colours',
      ...SCHEMES,
    },
    cursor: { default: 'System cursor', 'large-black': 'Large, black', 'large-white': 'Large, white' },
    readingGuide: { off: 'Off', line: 'Line', crosshair: 'Crosshair', mask: 'Mask' },
    speech: { off: 'Off', hover: 'Point to read', continuous: 'Read the page' },
    captionBarText: { original: 'As written', simplified: 'Simplified', traditional: 'Traditional', pinyin: 'Pinyin' },
    captionBarPosition: { bottom: 'Bottom', top: 'Top' },
    colorFilter: { none: 'None', invert: 'Inverted', grayscale: 'Greyscale', 'low-saturation': 'Low saturation' },
    captionColors: SCHEMES,
  },
  unavailable: { forcedColors: 'Your system uses its own high-contrast colours, so colour schemes and filters are off.', blockedByPolicy: 'This site’s security policy does not allow the large cursor.', noSpeech: 'This browser cannot read aloud.' },
  increase: 'Increase {name}',
  decrease: 'Decrease {name}',
  changed: '{name} {value}',
  turnedOn: '{name} on',
  turnedOff: '{name} off',
  actions: {
    toggle: 'Open or close the accessibility tools',
    reset: 'Reset all',
    fontUp: 'Larger text',
    fontDown: 'Smaller text',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    textSpacing: 'Text spacing on or off',
    colorScheme: 'Next colour scheme',
    cursor: 'Next cursor',
    readingGuide: 'Next reading guide',
    readingMode: 'Reading mode on or off',
    speech: 'Next read-aloud mode',
    captionBar: 'Big captions on or off',
  },
};
