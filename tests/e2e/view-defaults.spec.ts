import { expect, test } from './support/test';
import {
  ASEM_PARTNERS,
  hasSource,
  readSourceRows,
  referenceHeadline,
} from '../support/oecd-reference';
import { hasUisSource, readUisPairs } from '../support/uis-reference';
import { collectPageErrors, formatCount } from './support/page-checks';
import { payload, savedDatasetId, uploadAndSave } from './support/upload-page';

/** Students from ASEM Asia to ASEM Europe in the UIS lists of `year`, from the raw files. */
function uisAsiaToEurope(year: number): number {
  const partner = (iso3: string) =>
    Object.values(ASEM_PARTNERS).find(([code, , joined]) => code === iso3 && joined <= year);
  let total = 0;
  for (const pair of readUisPairs().values()) {
    if (pair.year !== year) continue;
    const origin = partner(pair.origin);
    const host = partner(pair.destination);
    if (origin?.[1] === 'asia' && host?.[1] === 'europe') total += pair.students;
  }
  return total;
}

test('UIS overview opens on 2019', async ({ page }) => {
  test.skip(!hasUisSource || !hasSource, 'the raw UIS lists are needed for reference figures');
  const errors = collectPageErrors(page);
  await page.goto('/?source=uis');

  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2019');
  await expect(page.getByTestId('source-note')).toHaveAttribute('data-source', 'uis');
  await expect(page.getByTestId('asia-to-europe')).toHaveText(formatCount(uisAsiaToEurope(2019)));
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('year without ASEM flows says so', async ({ page }) => {
  // Only the United States, outside ASEM, sends students in 2021.
  const bytes = new TextEncoder().encode(
    'origin,destination,year,students\nCN,DE,2022,1000\nUS,DE,2021,300\n',
  );
  await uploadAndSave(page, payload('no-asem-2021.csv', bytes));
  const id = await savedDatasetId(page);
  await page.goto(`/?dataset=${id}&year=2021`);

  await expect(page.getByTestId('asem-empty')).toHaveText(
    'No flows between ASEM Asia and ASEM Europe are recorded for 2021 in this data. ' +
      'Choose another year.',
  );
  await expect(page.getByTestId('overview')).toHaveCount(0);
  await expect(page.getByTestId('year-select')).toHaveValue('2021');
});

test('upload link never shows default figures', async ({ page }) => {
  test.skip(!hasSource, 'the raw OECD file is needed for the default figures');
  const defaultFigure = formatCount(referenceHeadline(2019, 'ISCED11_5T8').asiaToEurope);
  const bytes = new TextEncoder().encode(
    'origin,destination,year,students\nCN,DE,2022,1000\nIN,FR,2022,500\nDE,CN,2022,200\n',
  );
  await uploadAndSave(page, payload('loading.csv', bytes));
  const id = await savedDatasetId(page);

  // Records every headline figure shown once the page is live, from the first frame on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { headlinesSeen: seen });
    const record = () => {
      if (!document.documentElement.dataset.hydrated) return;
      const text = document.querySelector('[data-testid="asia-to-europe"]')?.textContent;
      if (text && !seen.includes(text)) seen.push(text);
    };
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  await page.goto(`/?dataset=${id}`);

  await expect(page.getByTestId('asia-to-europe')).toHaveText('1,500');
  const seen = await page.evaluate(
    () => (window as unknown as { headlinesSeen: string[] }).headlinesSeen,
  );
  expect(seen).not.toContain(defaultFigure);
  expect(seen).toEqual(['1,500']);
});

/** Students from `origin` in `host` in one year, all tertiary levels, from the raw CSV. */
function rawPair(originName: string, hostName: string, year: number): number {
  const rows = readSourceRows().filter(
    (row) =>
      row.origin === originName &&
      row.host === hostName &&
      row.year === year &&
      row.level === 'ISCED11_5T8',
  );
  return rows.reduce((sum, row) => sum + row.students, 0);
}

test('sharp pair changes are listed', async ({ page }) => {
  test.skip(!hasSource, 'the raw OECD file is needed for reference figures');
  const before = formatCount(rawPair('Portugal', 'Russia', 2018));
  const after = formatCount(rawPair('Portugal', 'Russia', 2019));
  await page.goto('/?year=2019');

  const note = page.getByTestId('pair-jumps');
  await expect(note).toContainText('from 2018 to 2019');
  await expect(note.locator('li')).toHaveCount(1);
  await expect(page.getByTestId('pair-jump-PRT-RUS')).toHaveText(
    `Portugal → Russia: ${before} → ${after}`,
  );

  await page.getByTestId('year-select').selectOption('2014');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2014');
  await expect(note.locator('li')).toHaveCount(4);
  await expect(page.getByTestId('pair-jump-CHN-ITA')).toContainText(
    `${formatCount(rawPair('China', 'Italy', 2013))} → ${formatCount(rawPair('China', 'Italy', 2014))}`,
  );

  await page.getByTestId('year-select').selectOption('2015');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2015');
  await expect(note).toHaveCount(0);
});

test('series notes partners that joined', async ({ page }) => {
  const joined = Object.entries(ASEM_PARTNERS)
    .filter(([, [, , year]]) => year > 2013 && year <= 2019)
    .map(([name]) => name)
    .sort();
  expect(joined).toEqual(['Croatia', 'Kazakhstan']);
  await page.goto('/');

  await expect(page.getByTestId('members-joined')).toHaveText(
    'ASEM grew within these years, and each year counts the partners of that year: ' +
      `${joined.join(' and ')} from 2014.`,
  );

  await page.goto('/?lang=fr');
  await expect(page.getByTestId('members-joined')).toHaveText(
    'L’ASEM s’est élargie au cours de ces années et chaque année compte les partenaires de ' +
      'cette année-là : Croatie et Kazakhstan à partir de 2014.',
  );
});
