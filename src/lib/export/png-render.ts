/**
 * Renders an SVG document to a PNG at print resolution in the browser: 2008 pixels wide, which
 * is 170 mm (one A4 text column) at 300 dpi, with the resolution and the caption, source and
 * dataset version written into the file's metadata chunks.
 */
import { footerLines, type ExportMeta } from './export-meta';
import { insertPngChunks, itxtChunk, physChunk } from './png-chunks';

export const PRINT_DPI = 300;
/** 170 mm at 300 dpi, rounded up. */
export const PRINT_WIDTH_PX = Math.ceil((170 / 25.4) * PRINT_DPI);

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () =>
      reject(new Error('The browser could not draw the chart SVG as an image.'));
    image.src = url;
  });
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error(`Encoding a ${canvas.width}×${canvas.height} PNG failed.`));
    }, 'image/png');
  });
}

/** Returns the PNG bytes of `svgDocument`, whose own size is `width` × `height` pixels. */
export async function renderPng(
  svgDocument: string,
  size: { width: number; height: number },
  meta: ExportMeta,
): Promise<Uint8Array> {
  const scale = PRINT_WIDTH_PX / size.width;
  const canvas = document.createElement('canvas');
  canvas.width = PRINT_WIDTH_PX;
  canvas.height = Math.round(size.height * scale);

  const url = URL.createObjectURL(new Blob([svgDocument], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser gave no 2D canvas to draw the PNG on.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }

  const png = new Uint8Array(await (await canvasToBlob(canvas)).arrayBuffer());
  return insertPngChunks(png, [
    physChunk(PRINT_DPI),
    itxtChunk('Title', meta.title),
    itxtChunk('Description', `${meta.caption} ${meta.description}`),
    itxtChunk('Source', footerLines(meta).join(' ')),
    itxtChunk('Creation Time', meta.accessed),
  ]);
}
