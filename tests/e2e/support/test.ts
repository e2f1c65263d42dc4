import { test as base, type Page, type Response } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Locator, Page } from '@playwright/test';

const HYDRATION_TIMEOUT_MS = 30_000;

async function waitForHydration(page: Page, response: Response | null): Promise<void> {
  const type = response?.headers()['content-type'] ?? '';
  if (!response?.ok() || !type.includes('text/html')) return;

  // Pages served by a test itself (a partner site with an embed) are not built from app.html.
  const isSitePage = await page.evaluate(() => 'sveltekitPreloadData' in document.body.dataset);
  if (!isSitePage) return;

  await page.waitForSelector('html[data-hydrated]', {
    state: 'attached',
    timeout: HYDRATION_TIMEOUT_MS,
  });
}

// The site is prerendered, so its buttons are in the page before Svelte has attached their
// handlers; a click in that gap does nothing. The root layout sets `data-hydrated` on <html>
// once mounted, and `goto` and `reload` wait for it on the site's own pages.
function patchNavigation(page: Page): void {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);

  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await waitForHydration(page, response);
    return response;
  };

  page.reload = async (options) => {
    const response = await reload(options);
    await waitForHydration(page, response);
    return response;
  };
}

export const test = base.extend({
  context: async ({ context }, use) => {
    context.pages().forEach(patchNavigation);
    context.on('page', patchNavigation);
    await use(context);
  },
});
