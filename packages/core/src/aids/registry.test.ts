import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { PREFERENCE_KEYS, SCHEMA } from '../preferences/schema.js';
import type { AidDefinition } from './define.js';
import { GROUPS } from './groups.js';
import { AIDS, REGISTRY } from './registry.js';

const aids = REGISTRY as readonly AidDefinition[];

describe('the aid registry', () => {
  it('gives every aid a unique id, and AIDS lists them in registry order', () => {
    expect(new Set(AIDS).size).toBe(REGISTRY.length);
    expect(AIDS).toEqual(aids.map((aid) => aid.id));
  });

  it('puts every aid in a group of GROUPS, and every group holds an aid', () => {
    const ids = GROUPS.map((group) => group.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const aid of aids) expect(ids, aid.id).toContain(aid.group);
    for (const id of ids) expect(aids.some((aid) => aid.group === id), id).toBe(true);
  });

  it('gives every preference at most one owner, and only keys of the schema', () => {
    const owned = aids.flatMap((aid) => aid.keys);
    expect(owned.length).toBeGreaterThan(0);
    expect(new Set(owned).size).toBe(owned.length);
    for (const key of owned) expect(PREFERENCE_KEYS, key).toContain(key);
  });

  it.each(aids.map((aid) => [aid.id, aid] as const))('%s: its controls name its own keys and fields of the schema', (_, aid) => {
    expect(aid.controls.length).toBeGreaterThan(0);
    for (const control of aid.controls) {
      expect(aid.keys).toContain(control.key);
      const field = SCHEMA[control.key];
      if (control.field) expect(field.kind === 'object' && Object.hasOwn(field.fields, control.field), `${control.key}.${control.field}`).toBe(true);
    }
    const names = aid.controls.map((control) => control.name ?? control.key);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(aids.map((aid) => [aid.id, aid] as const))('%s: has either an engine that ships with it or one that loads on demand, or changes other aids only', (_, aid) => {
    if (aid.changes) expect([aid.engine, aid.load]).toEqual([undefined, undefined]);
    else expect([typeof aid.engine, typeof aid.load].sort()).toEqual(['function', 'undefined']);
  });

  it('gives every shortcut a unique action name, not one of the toolbar’s own', () => {
    const ids = aids.flatMap((aid) => (aid.shortcuts ?? []).map((shortcut) => shortcut.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('toggle');
    expect(ids).not.toContain('reset');
  });

  it.each(aids.map((aid) => [aid.id] as const))('%s: is exported by @reachable/core as %sAid, so each aid can be imported on its own', (id) => {
    expect((core as Record<string, unknown>)[`${id}Aid`]).toBe(aids.find((aid) => aid.id === id));
  });
});
