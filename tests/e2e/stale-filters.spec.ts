import { expect, test } from './support/test';
import { hasSource, referenceHeadline } from '../support/oecd-reference';
import { collectPageErrors, formatCount } from './support/page-checks';

test('quick filter changes show only the last', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  await expect(page.getByTestId('status')).toHaveAttribute('data-database', 'ready');

  // Record every view the overview shows from now on.
  await page.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { shown: string[] }).shown = shown;
    const record = () => {
      const section = document.querySelector<HTMLElement>('[data-testid="overview"]');
      const view = section ? `${section.dataset.year} ${section.dataset.level}` : 'none';
      if (shown[shown.length - 1] !== view) shown.push(view);
    };
    record();
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
    });
  });

  // Three choices, each made once the previous one is in the URL and its queries have started.
  await page.evaluate(async () => {
    const year = document.querySelector<HTMLSelectElement>('[data-testid="year-select"]')!;
    const level = document.querySelector<HTMLSelectElement>('[data-testid="level-select"]')!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const choose = async (select: HTMLSelectElement, value: string, search: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      while (!location.search.includes(search)) await new Promise((wait) => setTimeout(wait, 1));
      await frame();
    };
    await choose(year, '2014', 'year=2014');
    await choose(level, 'ISCED11_6', 'level=ISCED11_6');
    await choose(year, '2016', 'year=2016');
  });

  const overview = page.getByTestId('overview');
  await expect(overview).toHaveAttribute('data-year', '2016');
  await expect(overview).toHaveAttribute('data-level', 'ISCED11_6');
  await expect(page).toHaveURL(/year=2016&level=ISCED11_6/);

  // A stale result arriving late must not replace the last choice.
  await page.waitForTimeout(1500);
  const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
  expect(shown[0]).toBe('2019 ISCED11_5T8');
  expect(shown[shown.length - 1]).toBe('2016 ISCED11_6');
  const order = ['2019 ISCED11_5T8', '2014 ISCED11_5T8', '2014 ISCED11_6', '2016 ISCED11_6'];
  const positions = shown.map((view) => order.indexOf(view));
  expect(positions, `views shown: ${shown.join(', ')}`).toEqual(
    [...positions].sort((a, b) => a - b),
  );
  expect(positions).not.toContain(-1);
  expect(errors).toEqual([]);
});

test('late answer never replaces the default view', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('status')).toHaveAttribute('data-database', 'ready');

  // 2014 needs four queries; going back to 2019 once the URL shows 2014 is served from the
  // HTML at once, so the 2014 result arrives last and must be dropped.
  await page.evaluate(async () => {
    const year = document.querySelector<HTMLSelectElement>('[data-testid="year-select"]')!;
    const choose = (value: string) => {
      year.value = value;
      year.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('2014');
    while (!location.search.includes('year=2014')) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    choose('2019');
  });

  await expect(page).toHaveURL(/year=2019/);
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2019');
  await expect(page.getByTestId('status')).not.toContainText('Loading');
});

test('prerendered view needs no DuckDB', async ({ page }) => {
  test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');
  // With every wasm request blocked, the default figures still come from the HTML.
  await page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
  await page.goto('/');

  const expected = referenceHeadline(2019, 'ISCED11_5T8');
  await expect(page.getByTestId('asia-to-europe')).toHaveText(formatCount(expected.asiaToEurope));
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2019');
});

test('default view is in the served HTML', async ({ request }) => {
  test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');
  const html = await (await request.get('/')).text();
  const expected = referenceHeadline(2019, 'ISCED11_5T8');
  expect(html).toContain(`data-testid="asia-to-europe">${formatCount(expected.asiaToEurope)}<`);
  expect(html).toContain('data-year="2019"');
});
