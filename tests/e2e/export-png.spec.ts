import { expect, test, type Page } from './support/test';
import { hasSource } from '../support/oecd-reference';
import { downloadFrom } from './support/downloads';
import { provenance } from './support/provenance';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

// 170 mm, one A4 text column, at 300 dpi.
const PRINT_WIDTH = Math.ceil((170 / 25.4) * 300);

interface PngChunk {
  type: string;
  data: Buffer;
}

function readChunks(png: Buffer): PngChunk[] {
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  return chunks;
}

function itxt(chunks: PngChunk[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const chunk of chunks.filter((entry) => entry.type === 'iTXt')) {
    const keywordEnd = chunk.data.indexOf(0);
    const keyword = chunk.data.toString('latin1', 0, keywordEnd);
    // Skip the compression flag and method, then the language tag and translated keyword.
    let offset = keywordEnd + 3;
    offset = chunk.data.indexOf(0, offset) + 1;
    offset = chunk.data.indexOf(0, offset) + 1;
    texts.set(keyword, chunk.data.toString('utf8', offset));
  }
  return texts;
}

/** Decodes the PNG in the page and counts pixels that are not white, and distinct colours. */
async function inkOf(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    const colours = new Set<number>();
    for (let index = 0; index < pixels.length; index += 4) {
      const [red, green, blue] = [pixels[index], pixels[index + 1], pixels[index + 2]];
      if (red < 240 || green < 240 || blue < 240) ink++;
      colours.add((red << 16) | (green << 8) | blue);
    }
    return {
      width: image.naturalWidth,
      height: image.naturalHeight,
      inkShare: ink / (pixels.length / 4),
      colours: colours.size,
    };
  }, png.toString('base64'));
}

for (const kind of ['series', 'sankey', 'balance'] as const) {
  test(`${kind} PNG export is print sized and drawn`, async ({ page }) => {
    await page.goto('/?year=2018');
    await expect(page.getByTestId(`${kind}-export-png`)).toBeVisible();

    const svg = await downloadFrom(page, page.getByTestId(`${kind}-export-svg`));
    const [, svgWidth, svgHeight] = /<svg[^>]* width="(\d+)" height="(\d+)"/
      .exec(svg.bytes.toString('utf8'))!
      .map(Number);

    const png = await downloadFrom(page, page.getByTestId(`${kind}-export-png`));
    expect(png.name.endsWith('.png')).toBe(true);
    expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);

    const expectedHeight = Math.round(svgHeight * (PRINT_WIDTH / svgWidth));
    expect(png.bytes.readUInt32BE(16)).toBe(PRINT_WIDTH);
    expect(png.bytes.readUInt32BE(20)).toBe(expectedHeight);

    // 300 dpi is 11811 pixels per metre.
    const chunks = readChunks(png.bytes);
    const phys = chunks.find((chunk) => chunk.type === 'pHYs');
    expect(phys?.data.readUInt32BE(0)).toBe(11811);
    expect(phys?.data[8]).toBe(1);
    const texts = itxt(chunks);
    const years = kind === 'series' ? '2013–2019' : '2018';
    expect(texts.get('Title')).toContain(years);
    expect(texts.get('Source')).toContain('OECD, Education at a Glance (EDU_ENRL_MOBILE)');
    expect(texts.get('Source')).toContain(`Data year: ${years}.`);
    expect(texts.get('Source')).toContain(`Dataset version: ${provenance.version}.`);

    const ink = await inkOf(page, png.bytes);
    expect(ink.width).toBe(PRINT_WIDTH);
    expect(ink.height).toBe(expectedHeight);
    expect(ink.inkShare).toBeGreaterThan(0.01);
    expect(ink.colours).toBeGreaterThan(20);
    await test.info().attach(`${kind}.png`, { body: png.bytes, contentType: 'image/png' });
  });
}
