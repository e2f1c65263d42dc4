import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { caseFile } from '../support/upload-fixtures';
import { collectPageErrors } from './support/page-checks';
import { payload, savedDatasetId, uploadAndSave, type UploadPayload } from './support/upload-page';

/** Uploads `file` and opens the overview on it; returns the dataset id. */
async function openOverview(page: Page, file: UploadPayload, search = ''): Promise<string> {
  await uploadAndSave(page, file);
  const id = await savedDatasetId(page);
  await page.goto(`/?dataset=${id}${search}`);
  await expect(page.getByTestId('all-flows')).toBeVisible();
  return id;
}

async function allFlowsLinks(page: Page): Promise<string[]> {
  return page
    .getByTestId('all-flows')
    .getByTestId('sankey-link')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('aria-label') ?? '').sort());
}

async function exchange(page: Page, iso3: string) {
  const row = page.getByTestId(`exchange-row-${iso3}`);
  return {
    in: await row.getByTestId('in').textContent(),
    out: await row.getByTestId('out').textContent(),
    net: await row.getByTestId('net').textContent(),
  };
}

test('overview of self flows', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openOverview(page, caseFile('13-bidirectional-self-flows.csv'));

  await expect(page.getByTestId('all-flows-period')).toHaveText('2018-2019');
  await expect(page.getByTestId('all-flows').getByTestId('sankey-link')).toHaveCount(4);
  expect(await allFlowsLinks(page)).toEqual([
    'France to Germany: 25 students',
    'France to Spain: 8 students',
    'Germany to France: 30 students',
    'Spain to Germany: 5 students',
  ]);
  const nodeIds = await page
    .getByTestId('all-flows')
    .getByTestId('sankey-node')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id')));
  expect(nodeIds).toContain('origin:DEU');
  expect(nodeIds).toContain('destination:DEU');
  await expect(page.getByTestId('all-flows-self')).toContainText('12 students');

  expect(await exchange(page, 'DEU')).toEqual({ in: '30', out: '30', net: '0' });
  expect(await exchange(page, 'FRA')).toEqual({ in: '30', out: '33', net: '-3' });
  expect(await exchange(page, 'ESP')).toEqual({ in: '8', out: '5', net: '+3' });
  expect(errors).toEqual([]);
});

test('overview of zero and blank counts', async ({ page }) => {
  const errors = collectPageErrors(page);
  const id = await openOverview(page, caseFile('14-zero-and-blank-counts.csv'), '&year=2020');

  await expect(page.getByTestId('all-flows-empty')).toBeVisible();
  await expect(page.getByTestId('all-flows').getByTestId('sankey-link')).toHaveCount(0);
  const svgText = (await page.locator('svg').allTextContents()).join(' ');
  expect(svgText).not.toContain('NaN');
  expect(await page.getByTestId('all-flows').textContent()).not.toContain('NaN');

  await page.goto(`/?dataset=${id}&year=2021`);
  await expect(page.getByTestId('all-flows').getByTestId('sankey-link')).toHaveCount(1);
  expect(await allFlowsLinks(page)).toEqual(['Sweden to Norway: 14 students']);
  await expect(page.getByTestId('all-flows-missing')).toContainText('1 missing count');
  expect((await exchange(page, 'SWE')).out).toBe('14');
  expect((await exchange(page, 'NOR')).in).toBe('14');
  expect(await page.locator('body').textContent()).not.toContain('NaN');
  expect(errors).toEqual([]);
});

test('overview of large sums', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openOverview(page, caseFile('16-bigint-hugeint-sum.csv'));
  expect(await exchange(page, 'USA')).toEqual({ in: '500,003', out: '15,003', net: '+485,000' });

  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('exchange-export-csv').click();
  const csv = await readFile((await (await csvDownload).path()) ?? '', 'utf8');
  expect(csv).toMatch(/^USA,[^\n]*,500003,15003,485000\r$/m);

  const jsonDownload = page.waitForEvent('download');
  await page.getByTestId('exchange-export-json').click();
  const json = JSON.parse(await readFile((await (await jsonDownload).path()) ?? '', 'utf8'));
  const usa = json.find((row: { iso3: string }) => row.iso3 === 'USA');
  expect(usa.inbound).toBe(500003);
  expect(usa.outbound).toBe(15003);
  expect(usa.net).toBe(485000);
  expect(typeof usa.inbound).toBe('number');
  expect(errors).toEqual([]);
});

test('overview ASEM views on upload', async ({ page }) => {
  const errors = collectPageErrors(page);
  const bytes = new TextEncoder().encode(
    'origin,destination,year,students\nCN,DE,2022,1000\nIN,FR,2022,500\nDE,CN,2022,200\nUS,DE,2022,70\n',
  );
  const id = await openOverview(page, payload('asem.csv', bytes));

  await expect(page).toHaveURL(new RegExp(`dataset=${id}`));
  await expect(page.getByTestId('asia-to-europe')).toHaveText('1,500');
  await expect(page.getByTestId('europe-to-asia')).toHaveText('200');
  const asem = page.locator('section', { has: page.locator('#sankey-title') });
  await expect(asem.getByTestId('sankey-link')).toHaveCount(2);
  const china = page.getByTestId('balance-row-CHN');
  await expect(china.getByTestId('in')).toHaveText('200');
  await expect(china.getByTestId('out')).toHaveText('1,000');
  await expect(page.getByTestId('balance-row-USA')).toHaveCount(0);
  await expect(page.getByTestId('dataset-picker')).toHaveValue(id);
  await expect(page.getByTestId('dataset-note')).toContainText('uploaded from asem.csv');

  // Changing a filter keeps the dataset in the URL.
  await page.getByLabel('Europe → Asia').check();
  await expect(page).toHaveURL(/direction=europe-to-asia/);
  await expect(page).toHaveURL(new RegExp(`dataset=${id}`));

  await page.getByTestId('dataset-picker').selectOption('');
  await expect(page).not.toHaveURL(/dataset=/);
  await expect(page.getByTestId('all-flows')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('overview merges country variants', async ({ page }) => {
  await openOverview(page, caseFile('10-country-code-variants.csv'));
  const section = page.getByTestId('all-flows');
  await expect(section.getByTestId('sankey-link')).toHaveCount(8);
  expect(await allFlowsLinks(page)).toContain('United Kingdom to France: 2,500 students');
  expect(await allFlowsLinks(page)).toContain('Kosovo to Austria: 95 students');

  const nodeIds = await section
    .getByTestId('sankey-node')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id')));
  expect(nodeIds.filter((id) => id === 'origin:GBR')).toHaveLength(1);
  expect(nodeIds.filter((id) => id === 'destination:GBR')).toHaveLength(1);
  expect(nodeIds).toContain('origin:XKX');
});

test('overview of unknown dataset id', async ({ page }) => {
  await page.goto('/?dataset=deadbeef');
  await expect(page.getByRole('alert')).toContainText('No uploaded dataset has the id deadbeef');

  await page.goto('/?dataset=flows%3B%20drop');
  await expect(page.getByRole('alert')).toContainText('"flows; drop" is not a dataset id');
});
