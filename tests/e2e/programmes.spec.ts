import { expect, test } from './support/test';

const HEADER =
  'programme,academic_year,origin,destination,level,participants,budget_eur,source_note';

test('programmes show recorded facts only', async ({ page }) => {
  await page.goto('/programmes');

  const placement = page.getByTestId('programme-work-placement');
  await expect(placement.getByTestId('wpp-pilot')).toContainText('2018-19');
  await expect(placement.getByTestId('wpp-pilot')).toContainText(
    'co-chaired by Flanders (Belgium) and Thailand',
  );
  await expect(placement.getByTestId('wpp-pilot')).toContainText('Germany, Indonesia and Brunei');
  await expect(placement.getByTestId('wpp-budget')).toContainText('EUR 50,000');
  await expect(placement.getByTestId('wpp-applications')).toContainText(
    '15 applications were approved by the end of 2018',
  );
  await expect(placement.getByTestId('empty-work-placement')).toBeVisible();

  await expect(page.getByTestId('empty-asem-duo')).toContainText('No participant records');
  await expect(page.getByRole('link', { name: 'upload page' })).toHaveAttribute(
    'href',
    /\/upload$/,
  );
});

test('programme CSV import sums rows', async ({ page }) => {
  await page.goto('/programmes');
  // Invented rows that exercise the import; the page keeps them in the tab only.
  const csv = [
    HEADER,
    'ASEM-DUO,2019-20,BEL,THA,ISCED11_7,3,1000,Test record',
    'ASEM-DUO,2019-20,THA,BEL,ISCED11_7,4,,Test record',
    'Test programme,2020-21,DEU,IDN,ISCED11_6,2,,Test record',
    'ASEM-DUO,2019-20,BEL,USA,ISCED11_7,9,,Test record',
  ].join('\n');
  await expect(page.getByTestId('programme-file')).toBeEnabled();
  await page.getByTestId('programme-file').setInputFiles({
    name: 'programmes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });

  await expect(page.getByTestId('import-summary')).toContainText('3 rows read');
  await expect(page.getByTestId('import-errors')).toContainText('Line 5');
  await expect(page.getByTestId('import-errors')).toContainText('"USA"');

  const duo = page.getByTestId('records-asem-duo');
  await expect(duo.getByTestId('participants')).toHaveText('7');
  await expect(duo).toContainText('EUR 1,000');
  await expect(page.getByTestId('records-other').getByTestId('participants')).toHaveText('2');
});
