import type { ProviderDefaults } from './types.js';

export const PROVIDERS: readonly ProviderDefaults[] = [];
