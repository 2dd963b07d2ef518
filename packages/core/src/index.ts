export {
  announce,
  announceFromElement,
  clearAnnouncements,
  createAnnouncer,
  POLITENESS,
} from './announce/index.js';
export type { AnnounceOptions, Announcer, AnnouncerOptions, Politeness } from './announce/index.js';
