import { expect, test } from './support/test';
import { ASEM_PARTNERS, hasSource, referenceBalance } from '../support/oecd-reference';
import { formatCount } from './support/page-checks';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

test('balance table has every partner with reference values', async ({ page }) => {
  await page.goto('/?year=2019');
  await expect(page.getByTestId('balance-table')).toBeVisible();

  const rows = page.locator('[data-testid^="balance-row-"]');
  await expect(rows).toHaveCount(Object.keys(ASEM_PARTNERS).length);

  for (const [iso3] of Object.values(ASEM_PARTNERS)) {
    const expected = referenceBalance(iso3, 2019, 'ISCED11_5T8');
    const row = page.getByTestId(`balance-row-${iso3}`);
    const inbound = expected.inbound === null ? '—' : formatCount(expected.inbound);
    await expect(row.getByTestId('in'), `${iso3} inbound`).toHaveText(inbound);
    await expect(row.getByTestId('out'), `${iso3} outbound`).toHaveText(
      formatCount(expected.outbound),
    );
  }
});

test('balance table of 2013 leaves out later members', async ({ page }) => {
  await page.goto('/?year=2013');
  await expect(page.getByTestId('balance-row-DEU')).toBeVisible();
  // Croatia and Kazakhstan joined ASEM in 2014.
  await expect(page.getByTestId('balance-row-HRV')).toHaveCount(0);
  await expect(page.getByTestId('balance-row-KAZ')).toHaveCount(0);
  await expect(page.locator('[data-testid^="balance-row-"]')).toHaveCount(49);
});

test('balance table sorts by clicked column', async ({ page }) => {
  await page.goto('/?year=2019');
  const table = page.getByTestId('balance-table');
  await expect(table).toBeVisible();

  const column = table.getByRole('columnheader', { name: /Inbound from other side/ });
  const header = column.getByRole('button');
  await header.click();
  await expect(column).toHaveAttribute('aria-sort', 'descending');
  const largest = Object.values(ASEM_PARTNERS)
    .map(([iso3]) => ({ iso3, inbound: referenceBalance(iso3, 2019, 'ISCED11_5T8').inbound ?? -1 }))
    .sort((a, b) => b.inbound - a.inbound)[0];
  const firstRow = table.locator('tbody tr').first();
  await expect(firstRow).toHaveAttribute('data-testid', `balance-row-${largest.iso3}`);

  // The header button also works from the keyboard.
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(column).toHaveAttribute('aria-sort', 'ascending');
});
