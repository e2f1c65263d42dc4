import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { ASEM_PARTNERS } from '../support/oecd-reference';
import { downloadFrom } from './support/downloads';
import { provenance } from './support/provenance';
import { payload, savedDatasetId, uploadAndSave } from './support/upload-page';

const uisProvenance: { attribution: string; version: string } = JSON.parse(
  readFileSync(new URL('../../data/uis-provenance.json', import.meta.url), 'utf8'),
);

/** Downloads the CSV export of chart `kind` and returns its `# ` comment lines. */
async function csvComments(page: import('@playwright/test').Page, kind: string) {
  const file = await downloadFrom(page, page.getByTestId(`${kind}-export-csv`));
  return file.bytes
    .toString('utf8')
    .split('\r\n')
    .filter((line) => line.startsWith('# '))
    .map((line) => line.slice(2));
}

test('upload exports name the upload', async ({ page }) => {
  const bytes = new TextEncoder().encode(
    'origin,destination,year,students\nCN,DE,2022,1000\nIN,FR,2022,500\nDE,CN,2022,200\n',
  );
  await uploadAndSave(page, payload('ministry.csv', bytes));
  const id = await savedDatasetId(page);
  await page.goto(`/?dataset=${id}`);
  await expect(page.getByTestId('asia-to-europe')).toHaveText('1,500');

  const comments = await csvComments(page, 'sankey');
  expect(comments).toContain(
    'Source: dataset "ministry" uploaded from ministry.csv and stored in this browser, ' +
      'not published data.',
  );
  expect(comments.join('\n')).toContain(`Dataset version: ${id} (`);
  expect(comments.join('\n')).not.toContain(provenance.version);
  const view = comments.find((line) => line.startsWith('View: '));
  expect(view).toContain(`dataset=${id}`);

  // Embeds and the report builder redraw only the public data, so they are not offered.
  await expect(page.getByTestId('sankey-embed-toggle')).toHaveCount(0);
  await expect(page.getByTestId('sankey-add-to-report')).toHaveCount(0);
  await expect(page.getByTestId('sankey-not-shareable')).toBeVisible();

  const asianPartners = Object.values(ASEM_PARTNERS).filter(([, side]) => side === 'asia');
  await expect(page.getByTestId('coverage-note')).toContainText(
    `Only 1 of ${asianPartners.length} Asian partners is a host in this dataset (China)`,
  );
  await expect(page.getByTestId('coverage-note')).not.toContainText('OECD');
});

test('UIS exports name UIS', async ({ page }) => {
  await page.goto('/?source=uis&year=2018');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2018');

  const comments = await csvComments(page, 'series');
  expect(comments).toContain(`Source: ${uisProvenance.attribution}.`);
  expect(comments.join('\n')).toContain(`Dataset version: ${uisProvenance.version}.`);
  expect(comments.find((line) => line.startsWith('View: '))).toContain('source=uis');
  await expect(page.getByTestId('series-embed-toggle')).toHaveCount(0);
});

test('grouped view links to itself', async ({ page }) => {
  await page.goto('/?year=2018&grouping=sides');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2018');

  const comments = await csvComments(page, 'balance');
  expect(comments).toContain(`Source: ${provenance.attribution}.`);
  expect(comments.find((line) => line.startsWith('View: '))).toContain('grouping=sides');
  await expect(page.getByTestId('balance-add-to-report')).toHaveCount(0);

  await page.goto('/?year=2018');
  await expect(page.getByTestId('balance-add-to-report')).toBeVisible();
  await expect(page.getByTestId('balance-embed-toggle')).toBeVisible();
});
