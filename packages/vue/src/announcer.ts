import type { ReachAnnounceEvent, ReachAnnouncer as ReachAnnouncerElement } from '@reachable/elements/announcer';
import '@reachable/elements/announcer'; // registers <reach-announcer>
import { defineComponent, type PropType } from 'vue';
import { renderElement } from './element-component.js';

/**
 * `<reach-announcer>`: says its `message` to screen-reader users whenever it
 * changes; `@reach-announce` once it is in a live region.
 */
export const ReachAnnouncer = defineComponent({
  name: 'ReachAnnouncer',
  props: {
    message: String,
    politeness: String as PropType<ReachAnnouncerElement['politeness']>,
    delay: Number,
  },
  emits: {
    'reach-announce': (_event: ReachAnnounceEvent) => true,
  },
  setup(props, { emit, slots }) {
    return () => renderElement('reach-announcer', props, ['reach-announce'], emit, slots);
  },
});
