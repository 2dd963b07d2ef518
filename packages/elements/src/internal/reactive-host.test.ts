import { expect, it } from 'vitest';
import { ReactiveHostElement } from './reactive-host.js';

class Example extends ReactiveHostElement {
  static override properties = { label: {}, data: { attribute: false } } as const;
  protected override update(): void {}
}

it('has its properties on the prototype once defined, before any instance exists (as @lit/react looks for them)', () => {
  expect('data' in Example.prototype).toBe(false);
  customElements.define('reach-test-reactive-host', Example);
  expect('label' in Example.prototype).toBe(true);
  expect('data' in Example.prototype).toBe(true);
});
