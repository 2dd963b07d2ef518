import { camelize, h, toHandlerKey, type Slots, type VNode } from 'vue';

/**
 * Renders one of Reachable's elements for its component: the props given are
 * set as the element's properties (it is registered, so Vue finds them on
 * it: an object such as `controller` is never an attribute), the element's
 * events are emitted again as the component's, and the default slot is its
 * content. Attributes the component does not declare (`class`, `lang`,
 * `aria-*`) fall through to the element.
 */
export function renderElement(tag: string, props: Record<string, unknown>, events: readonly string[], emit: (type: never, event: never) => void, slots: Slots): VNode {
  // A prop not given leaves the element's own default alone.
  const properties = Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
  const listeners = Object.fromEntries(events.map((type) => [toHandlerKey(camelize(type)), (event: Event) => emit(type as never, event as never)]));
  return h(tag, { ...properties, ...listeners }, slots.default?.());
}
