import { expect, test } from './support/test';
import { collectPageErrors } from './support/page-checks';

/** Markup that runs script if a page inserts it as HTML instead of text. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1">',
  'javascript:window.__xss=1',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '"><script>window.__xss=1</script>',
];

test('built pages carry the content security policy', async ({ page }) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain("'unsafe-eval'");
});

test('dashboard runs without policy violations', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const errors = collectPageErrors(page);
  await page.goto('/?year=2017');
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();

  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

for (const payload of PAYLOADS) {
  test(`URL payload renders as text: ${payload.slice(0, 24)}`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const query = new URLSearchParams({ year: payload, level: payload, direction: payload });
    await page.goto(`/?${query}`);

    const notice = page.getByTestId('url-notice');
    await expect(notice).toContainText(payload);
    await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2019');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(
      undefined,
    );
    expect(await notice.locator('img, svg, script').count()).toBe(0);
    expect(errors).toEqual([]);
  });
}
