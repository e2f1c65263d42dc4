import type { Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions of `page` from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Formats a count the way the page does ("12,345"). */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(value);
}

/** Reads a displayed count such as "12,345" back into a number. */
export function parseCount(text: string | null): number {
  return Number((text ?? '').replace(/[^\d-]/g, ''));
}
