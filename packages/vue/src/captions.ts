import type { ReachCaptions as ReachCaptionsElement } from '@reachable/elements/captions';
import '@reachable/elements/captions'; // registers <reach-captions>
import { defineComponent, type PropType } from 'vue';
import { renderElement } from './element-component.js';

/** `<reach-captions>`: the `<video>` in its slot, with captions in the visitor's caption style. It emits no events. */
export const ReachCaptions = defineComponent({
  name: 'ReachCaptions',
  props: {
    for: String,
    storageKey: String,
    messages: Object as PropType<ReachCaptionsElement['messages']>,
  },
  setup(props, { slots }) {
    return () => renderElement('reach-captions', props, [], () => {}, slots);
  },
});
