import { defineElement } from '../internal/define.js';
import { ReachCaptions } from './element.js';

export { ReachCaptions } from './element.js';
export { CAPTION_LOCALES } from './messages.js';
export type { CaptionMessages } from './messages.js';

defineElement('reach-captions', ReachCaptions);
