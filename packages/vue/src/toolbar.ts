import type { Reachable } from '@reachable/core/controller';
import type { ReachCloseEvent, ReachOpenEvent, ReachToolbar as ReachToolbarElement } from '@reachable/elements/toolbar';
import '@reachable/elements/toolbar'; // registers <reach-toolbar>
import { defineComponent, type PropType } from 'vue';
import { renderElement } from './element-component.js';

type Of<K extends keyof ReachToolbarElement> = PropType<ReachToolbarElement[K]>;

/**
 * `<reach-toolbar>`: the accessibility toolbar. Give it the app's controller
 * (`:controller="useReachable()"`) so the toolbar and the app share the
 * visitor's preferences; `@reach-open` and `@reach-close` follow its panel.
 */
export const ReachToolbar = defineComponent({
  name: 'ReachToolbar',
  props: {
    controller: Object as PropType<Reachable>,
    layout: String as Of<'layout'>,
    position: String as Of<'position'>,
    offset: Number,
    zIndex: Number,
    open: { type: Boolean, default: undefined },
    features: String,
    storageKey: String,
    messages: Object as Of<'messages'>,
    shortcuts: { type: [Boolean, Object] as Of<'shortcuts'>, default: undefined },
  },
  emits: {
    'reach-open': (_event: ReachOpenEvent) => true,
    'reach-close': (_event: ReachCloseEvent) => true,
  },
  setup(props, { emit, slots }) {
    return () => renderElement('reach-toolbar', props, ['reach-open', 'reach-close'], emit, slots);
  },
});
