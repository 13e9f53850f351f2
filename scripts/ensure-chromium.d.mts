export const CHROMIUM_ARGS: string[];
export function which(name: string, envPath?: string): string | null;
export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export function ensureChromium(): string | null;
