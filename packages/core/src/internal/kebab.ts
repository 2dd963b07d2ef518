/** `zIndex` → `z-index`: a camel-case name as an HTML attribute's. */
export const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
