/**
 * The core's message catalogues (problem messages, "3 days overdue" in another language), loaded only when VS Code's
 * display language is not English: English users do not pay for the translations at activation (see ../lazy.ts).
 */
export { catalogueFor } from '../core';

declare module '../lazy' {
  interface LazyModules {
    catalogues: typeof import('./lazy');
  }
}
