/** Types for scripts/lib/as-built.mjs, for playwright.config.ts. */
export function asBuiltFolder(dist: string): string;
