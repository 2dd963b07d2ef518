import { defineElement } from '../internal/define.js';
import { ReachAnnouncer } from './element.js';

export { ReachAnnouncer } from './element.js';
export { ReachAnnounceEvent } from './announce-event.js';

defineElement('reach-announcer', ReachAnnouncer);
