/**
 * Web Worker that reads an upload: decoding, splitting, country resolution and validation of
 * every row, then Arrow and Parquet encoding. The page stays responsive and can cancel by
 * terminating the worker, which leaves nothing half-stored.
 */
import { guessMapping } from './column-mapping';
import { countryName } from './country-reference';
import { convertInspected, inspectText } from './pipeline';
import { arrowIpcToSourceTable } from './parquet-source';
import { ipcToParquet, parquetToIpc } from './parquet-write';
import type { SourceTable } from './parse-table';
import { arrowToIpc, flowsToArrow } from './to-arrow';
import { storedLayout } from './stored-layout';
import { checkFileSize, checkTextFile, isParquetFile } from './file-kind';
import { UploadProblemError, type UploadStage } from './problems';
import { UploadFileError } from './upload-error';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

let table: SourceTable | null = null;

function post(message: WorkerResponse, transfer: Transferable[] = []) {
  self.postMessage(message, { transfer });
}

function progress(stage: UploadStage, share: number) {
  post({ type: 'progress', stage, share });
}

async function inspect(request: Extract<WorkerRequest, { type: 'inspect' }>) {
  checkFileSize(request.file);
  progress('reading', 0);
  const bytes = new Uint8Array(await request.file.arrayBuffer());

  if (isParquetFile(request.file.name, bytes)) {
    progress('decoding-parquet', 0.2);
    table = arrowIpcToSourceTable(await parquetToIpc(bytes));
    const mapping = guessMapping(
      table.header,
      table.rows.slice(0, 50).map((row) => row.cells),
    );
    post({
      type: 'inspected',
      inspection: {
        format: 'parquet',
        header: table.header,
        mapping,
        encoding: null,
        delimiter: null,
        separatorLine: false,
        sourceRows: table.rows.length + table.rejectedRows.length,
        preview: table.rows.slice(0, 5).map((row) => row.cells),
      },
    });
    return;
  }

  checkTextFile(request.file.name, bytes);
  const inspected = inspectText(bytes, {
    encoding: request.encoding,
    delimiter: request.delimiter,
    onProgress: (share) => progress('splitting', share),
  });
  table = inspected.table;
  post({
    type: 'inspected',
    inspection: {
      format: 'text',
      header: table.header,
      mapping: inspected.mapping,
      encoding: inspected.encoding,
      delimiter: table.delimiter,
      separatorLine: table.separatorLine,
      sourceRows: table.rows.length + table.rejectedRows.length,
      preview: table.rows.slice(0, 5).map((row) => row.cells),
    },
  });
}

async function convert(request: Extract<WorkerRequest, { type: 'convert' }>) {
  if (!table) throw new Error('No file has been read yet: choose a file first.');
  progress('checking', 0);
  const { columns, report } = convertInspected(table, request.mapping, request.overrides, (share) =>
    progress('checking', share * 0.7),
  );

  progress('encoding', 0.7);
  const ipc = arrowToIpc(flowsToArrow(columns));
  const parquet = await ipcToParquet(ipc);

  const countryNames: Record<string, string> = {};
  columns.origin.forEach((origin, row) => {
    if (columns.aggregate[row]) return;
    countryNames[origin] ??= countryName(origin);
    const destination = columns.destination[row];
    countryNames[destination] ??= countryName(destination);
  });
  post({ type: 'converted', conversion: { report, ipc, parquet, countryNames } }, [
    ipc.buffer,
    parquet.buffer,
  ]);
}

async function encode(request: Extract<WorkerRequest, { type: 'encode' }>) {
  progress('encoding', 0.9);
  const parquet = await ipcToParquet(storedLayout(request.ipc));
  post({ type: 'encoded', parquet }, [parquet.buffer]);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    if (event.data.type === 'inspect') await inspect(event.data);
    else if (event.data.type === 'encode') await encode(event.data);
    else await convert(event.data);
  } catch (error) {
    if (error instanceof RangeError) {
      const message =
        `The file is too large for this browser to read (${error.message}). ` +
        'Split it, for example by year, and upload the parts as separate datasets.';
      post({
        type: 'error',
        message,
        problem: { kind: 'too-large-for-browser', detail: error.message },
      });
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    const problem =
      error instanceof UploadProblemError || error instanceof UploadFileError
        ? error.problem
        : undefined;
    post({ type: 'error', message, problem });
  }
};
