import { expect, test } from './support/test';
import { hasSource, referenceBalance, referenceHeadline } from '../support/oecd-reference';

const ALL = 'ISCED11_5T8';
const dutch = (value: number) => new Intl.NumberFormat('nl-BE').format(value);
const french = (value: number) => new Intl.NumberFormat('fr-BE').format(value);

// Counts of the upload below; the page must show their sum in the page's number format.
const UPLOADED_COUNTS = [12_345, 2_500, 731];
const UPLOAD_CSV = [
  'origin,destination,year,students',
  `CN,DE,2019,${UPLOADED_COUNTS[0]}`,
  `IN,FR,2019,${UPLOADED_COUNTS[1]}`,
  `JP,BE,2019,${UPLOADED_COUNTS[2]}`,
  'CN,DE,20x9,5',
  'Atlantis,DE,2019,7',
].join('\n');
const uploadFile = { name: 'flows.csv', mimeType: 'text/csv', buffer: Buffer.from(UPLOAD_CSV) };
const uploadedTotal = UPLOADED_COUNTS.reduce((sum, count) => sum + count, 0);

test.describe('country profile', () => {
  test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

  test('Belgium in Dutch', async ({ page }) => {
    await page.goto('/country/BEL?lang=nl&year=2017');
    await expect(page.getByTestId('country-profile')).toHaveAttribute('data-year', '2017');

    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('België');
    await expect(page.getByTestId('partner-facts')).toHaveText(
      'ASEM-Europa, partner sinds 1996. Uitwisseling met ASEM-Azië.',
    );
    await expect(page.getByTestId('belgium-communities')).toContainText(
      'De statistieken gelden voor België als geheel.',
    );
    await expect(page.getByText('uitgaand naar ASEM-Azië')).toBeVisible();

    const expected = referenceBalance('BEL', 2017, ALL);
    await expect(page.getByTestId('country-outbound')).toHaveText(dutch(expected.outbound));
    await expect(page.getByTestId('country-inbound')).toHaveText(dutch(expected.inbound!));

    await expect(page.getByTestId('pair-row-KOR').locator('th')).toHaveText('Zuid-Korea');
    await expect(page.getByTestId('level-row-ISCED11_7').locator('th')).toHaveText(
      'Master of gelijkwaardig (ISCED 7)',
    );
    await expect(page.getByTestId('source-select').locator('option').first()).toHaveText(
      'OESO-inschrijvingen (2013–2019)',
    );
    await expect(page).toHaveTitle('België: studentenmobiliteit met de andere ASEM-kant');
  });

  test('Germany in French', async ({ page }) => {
    await page.goto('/country/DEU?lang=fr&year=2016');
    await expect(page.getByTestId('country-profile')).toHaveAttribute('data-year', '2016');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Allemagne');
    await expect(page.getByTestId('partner-facts')).toHaveText(
      'Europe de l’ASEM, partenaire depuis 1996. Échanges avec l’Asie de l’ASEM.',
    );
    await expect(page.getByText('sortants vers l’Asie de l’ASEM')).toBeVisible();

    const expected = referenceBalance('DEU', 2016, ALL);
    await expect(page.getByTestId('country-inbound')).toHaveText(french(expected.inbound!));
    await expect(page.getByTestId('country-outbound')).toHaveText(french(expected.outbound));
    await expect(page.getByTestId('pair-row-KOR').locator('th')).toHaveText('Corée du Sud');
  });
});

test.describe('upload page', () => {
  test('checks a file in Dutch', async ({ page }) => {
    await page.goto('/upload?lang=nl');
    await expect(page.getByTestId('upload-page')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Een mobiliteitsdataset opladen',
    );
    await expect(page.getByText('Gegevensbestand (CSV, TSV, TXT of Parquet)')).toBeVisible();

    await page.getByTestId('upload-input').setInputFiles(uploadFile);
    await expect(page.getByTestId('report-rows')).toHaveText(
      '3 van de 5 rijen kunnen worden geladen.',
    );
    await expect(page.getByTestId('report-total')).toHaveText(
      `${dutch(uploadedTotal)} studenten in de bekende aantallen.`,
    );
    const rejected = page.getByTestId('report-rejected');
    await expect(rejected).toContainText(
      'Regel 5: het jaar "20x9" is geen jaar zoals 2019 of 2018-2019.',
    );
    await expect(rejected).toContainText(
      'Regel 6: het land van herkomst "Atlantis" is geen bekende landcode of landnaam.',
    );

    await page.getByTestId('upload-save').click();
    await expect(page.getByTestId('upload-total')).toHaveText(dutch(uploadedTotal));
    await expect(page.getByTestId('upload-open')).toHaveText('flows tonen in het overzicht');
    await expect(page.getByTestId('upload-open')).toHaveAttribute('href', /lang=nl/);
  });

  test('checks a file in French', async ({ page }) => {
    await page.goto('/upload?lang=fr');
    await expect(page.getByTestId('upload-page')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Importer un jeu de données de mobilité',
    );

    await page.getByTestId('upload-input').setInputFiles(uploadFile);
    await expect(page.getByTestId('report-total')).toHaveText(
      `${french(uploadedTotal)} étudiants dans les effectifs connus.`,
    );
    await expect(page.getByTestId('report-rejected')).toContainText(
      'Ligne 5 : l’année « 20x9 » n’est pas une année comme 2019 ou 2018-2019.',
    );
    await expect(page.getByTestId('report-unmapped')).toContainText(
      '« Atlantis » (origine, 1 ligne)',
    );
  });

  test('reports an empty file in French', async ({ page }) => {
    await page.goto('/upload?lang=fr');
    await expect(page.getByTestId('upload-page')).toHaveAttribute('data-ready', 'true');

    const empty = { name: 'vide.csv', mimeType: 'text/csv', buffer: Buffer.from('') };
    await page.getByTestId('upload-input').setInputFiles(empty);
    await expect(page.getByTestId('upload-error')).toHaveText(
      'Le fichier est vide : il n’a pas de ligne d’en-tête.',
    );
  });
});

test.describe('report page', () => {
  test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

  const REPORT = '/report?chart=series.2019.ISCED11_5T8.asia-to-europe&note=';
  const figure = (year: number) => referenceHeadline(year, ALL).asiaToEurope;

  test('report in Dutch', async ({ page }) => {
    await page.goto(`${REPORT}&lang=nl`);

    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Rapportbouwer');
    await expect(page.getByTestId('report-title')).toHaveText(
      'Studentenmobiliteit tussen ASEM-Azië en ASEM-Europa',
    );
    const item = page.getByTestId('report-item');
    await expect(item.getByRole('heading')).toHaveText(
      '1. Studenten tussen ASEM-Azië en ASEM-Europa, 2013–2019',
    );
    await expect(item.locator('.description')).toContainText(
      `ASEM-Azië → ASEM-Europa: ${dutch(figure(2013))} in 2013 en ${dutch(figure(2019))} in 2019.`,
    );
    await expect(item.getByTestId('series-cite')).toContainText('(geraadpleegd op ');
    await expect(item.getByTestId('series-cite')).toContainText('lang=nl');
    await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toBeVisible();
  });

  test('report in French', async ({ page }) => {
    await page.goto(`${REPORT}&lang=fr`);

    const item = page.getByTestId('report-item');
    await expect(item.getByRole('heading')).toHaveText(
      '1. Étudiants entre l’Asie et l’Europe de l’ASEM, 2013–2019',
    );
    await expect(item.locator('.description')).toContainText(
      `Asie de l’ASEM → Europe de l’ASEM : ${french(figure(2013))} en 2013 et ` +
        `${french(figure(2019))} en 2019.`,
    );
    await expect(page.getByTestId('report-zip')).toHaveText(
      'Télécharger toutes les exportations (ZIP)',
    );

    // Editing the note rewrites the URL, which keeps the language.
    await page.getByTestId('report-note-input').fill('Note');
    await expect(page).toHaveURL(/note=Note/);
    await expect(page).toHaveURL(/lang=fr/);
  });
});

test.describe('language across pages', () => {
  test('survives navigation between pages', async ({ page }) => {
    await page.goto('/country/THA?lang=fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thaïlande');

    await page.getByRole('link', { name: 'Importer des données' }).click();
    await expect(page).toHaveURL(/\/upload\?lang=fr$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Importer un jeu de données de mobilité',
    );

    await page.getByRole('link', { name: 'Pays', exact: true }).click();
    await expect(page).toHaveURL(/\/countries\?lang=fr$/);
    await page.getByRole('link', { name: 'Corée du Sud' }).click();
    await expect(page).toHaveURL(/\/country\/KOR\?lang=fr$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corée du Sud');

    await page.getByRole('link', { name: 'Rapport' }).click();
    await expect(page).toHaveURL(/\/report\?lang=fr/);
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(
      'Générateur de rapport',
    );
  });

  test('filter changes keep the language', async ({ page }) => {
    await page.goto('/country/BEL?lang=nl');
    await expect(page.getByTestId('country-profile')).toBeVisible();

    await page.getByTestId('year-select').selectOption('2015');
    await expect(page).toHaveURL(/year=2015/);
    await expect(page).toHaveURL(/lang=nl/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('België');
  });

  test('language switch keeps the view', async ({ page }) => {
    await page.goto('/map?source=oecd&year=2016&level=ISCED11_7&direction=europe-to-asia');
    await expect(page.getByTestId('map-view')).toHaveAttribute('data-year', '2016');

    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect(page).toHaveURL(/year=2016/);
    await expect(page).toHaveURL(/level=ISCED11_7/);
    await expect(page).toHaveURL(/direction=europe-to-asia/);
    await expect(page).toHaveURL(/lang=nl/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kaart van de studentenstromen tussen ASEM-partners',
    );
    await expect(page.getByTestId('map-view')).toHaveAttribute('data-year', '2016');
  });
});

test('grouping names in Dutch', async ({ page }) => {
  await page.goto('/?year=2019&grouping=engagement&lang=nl');

  await expect(page.getByTestId('grouping-select').locator('option:checked')).toHaveText(
    'Betrokkenheid bij het ASEM-onderwijsproces (2018)',
  );
  await expect(page.getByTestId('grouping-note')).toContainText('Vlaamse Regering');
  await expect(page.getByTestId('balance-row-group:very-active:asia')).toContainText('Zeer actief');
  await expect(page.getByTestId('balance-row-group:nearly-absent:asia')).toContainText(
    'Nagenoeg afwezig',
  );
});
