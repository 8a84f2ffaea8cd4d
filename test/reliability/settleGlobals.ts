/**
 * Reads every lazy global once (Node defines `AbortController`, `fetch`... as getters that replace
 * themselves on first use). Imported before `@fast-check/poisoning`, whose snapshot of the globals
 * is taken when it loads, so that a test runner touching one of them later is not reported as
 * poisoning.
 */
for (const key of Reflect.ownKeys(globalThis)) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, key);
  // eslint-disable-next-line @typescript-eslint/no-meaningless-void-operator -- the read runs the getter; void says its value is dropped on purpose
  if (descriptor?.get !== undefined) void (globalThis as Record<PropertyKey, unknown>)[key];
}
