/**
 * The page's side of the fast path: DuckDB-WASM reads a text upload itself, the checks run
 * once per distinct cell, and saving writes the accepted rows as a table of the dataset and
 * as the Parquet copy in IndexedDB. `open` returns null for a file it does not take, and the
 * page then uses the Web Worker's row-by-row reader.
 */
import { putDataset, type DatasetMeta } from '../../datasets/dataset-store';
import { adoptUploadedRows, forgetUploadedTables } from '../../datasets/uploaded-tables';
import type { BrowserDatabase } from '../../db/duckdb-browser';
import { silentLogger, type Logger } from '../../log';
import type { ColumnMapping } from '../column-mapping';
import type { TextEncoding } from '../decode-text';
import type { Delimiter } from '../delimiter';
import { checkFileSize, isParquetFile } from '../file-kind';
import type { CountryOverrides } from '../types';
import { UploadCancelledError, UploadSession, type ProgressListener } from '../upload-client';
import type { Inspection } from '../worker-protocol';
import { FastUpload, type FastConversion } from './fast-upload';

let uploads = 0;

export class FastUploadSession {
  private cancelled = false;
  /** The work in flight, so that `cancel` drops the tables only after it has finished. */
  private pending: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: BrowserDatabase,
    private readonly upload: FastUpload,
    readonly inspection: Inspection,
    private readonly logger: Logger,
  ) {}

  /** Reads `file` into DuckDB-WASM, or returns null when the row-by-row reader must read it. */
  static async open(
    db: BrowserDatabase,
    file: File,
    options: { encoding?: TextEncoding; delimiter?: Delimiter },
    onProgress: ProgressListener,
    logger: Logger = silentLogger,
  ): Promise<FastUploadSession | null> {
    checkFileSize(file);
    const started = performance.now();
    onProgress('reading', 0);
    const magic = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    if (isParquetFile(file.name, magic)) return null;

    onProgress('reading-database', 0.1);
    const upload = await FastUpload.read(db, file, options, `upload_pending_${++uploads}`);
    const milliseconds = Math.round(performance.now() - started);
    if (!upload) {
      logger.info(`fast path: not taken, file scanned in ${milliseconds} ms`);
      return null;
    }
    logger.info(`fast path: ${upload.sourceRows} rows read in ${milliseconds} ms`);
    const { head } = upload;
    return new FastUploadSession(
      db,
      upload,
      {
        format: 'text',
        header: head.header,
        mapping: head.mapping,
        encoding: 'utf-8',
        delimiter: head.delimiter,
        separatorLine: head.separatorLine,
        sourceRows: upload.sourceRows,
        preview: head.preview,
      },
      logger,
    );
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.cancelled) throw new UploadCancelledError();
    const running = work();
    this.pending = running.catch(() => undefined);
    const result = await running;
    if (this.cancelled) throw new UploadCancelledError();
    return result;
  }

  /** Checks every row with `mapping` and creates the view of the accepted rows. */
  convert(
    mapping: ColumnMapping,
    overrides: CountryOverrides,
    onProgress: ProgressListener,
  ): Promise<FastConversion> {
    onProgress('checking-values', 0.5);
    const started = performance.now();
    return this.run(async () => {
      const conversion = await this.upload.convert(mapping, overrides);
      this.logger.info(`fast path: checked in ${Math.round(performance.now() - started)} ms`);
      return conversion;
    });
  }

  /**
   * Stores the accepted rows of `conversion` as dataset `meta`: a table in DuckDB-WASM, then
   * the Parquet copy in IndexedDB. The dataset counts as saved only once IndexedDB has it.
   */
  async save(
    meta: DatasetMeta,
    conversion: FastConversion,
    onProgress: ProgressListener,
  ): Promise<void> {
    const rows = `upload_${meta.id}_rows`;
    const encoder = new UploadSession();
    const started = performance.now();
    try {
      onProgress('loading-database', 0.85);
      forgetUploadedTables(meta.id);
      await this.run(() =>
        this.db.query(
          `CREATE OR REPLACE TABLE ${rows} AS SELECT * FROM ${conversion.rowsView}
           ${conversion.joined ? 'ORDER BY source_line' : ''}`,
        ),
      );
      onProgress('encoding', 0.9);
      const ipc = await this.run(() => this.db.queryIpc(`SELECT * FROM ${rows}`));
      const parquet = await encoder.encode(ipc, onProgress);
      onProgress('saving', 0.97);
      await putDataset(meta, parquet);
      await adoptUploadedRows(this.db, meta);
      this.logger.info(`fast path: saved in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      forgetUploadedTables(meta.id);
      throw error;
    } finally {
      encoder.cancel();
    }
    await this.dispose();
  }

  /** Stops using this upload: its tables go once the running statement has finished. */
  cancel(): void {
    this.cancelled = true;
    void this.dispose();
  }

  private async dispose(): Promise<void> {
    await this.pending;
    await this.upload.dispose().catch(() => undefined);
  }
}
