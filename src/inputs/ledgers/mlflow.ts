/**
 * MLflow run exports, read by column name:
 * - `mlflow.search_runs()` written with pandas' to_csv: run_id, experiment_id, status, start_time,
 *   end_time (datetimes, UTC), metrics.*, params.*, tags.* (tags.mlflow.runName, tags.mlflow.user);
 *   also with the `tags.`/`params.`/`metrics.` prefixes stripped, and with epoch milliseconds;
 * - the UI's "Download CSV": Start Time, Duration ("7.6s", "1.2h"), Run ID, Name, User, Status;
 * - a dump of the tracking store's `runs` table: run_uuid, name, user_id, status, start_time, end_time (ms).
 * Statuses map onto Slurm's (data/ledgers.ts). MLflow records no GPU model; its system metrics
 * (metrics.system/gpu_N_…) give the GPU count when they were logged.
 */
import { MLFLOW_STATES } from '../../data/ledgers.js';
import type { ByteSource } from '../metrics/lines.js';
import { readCsvExport } from './csv.js';
import { isBlank, parseTimeMs, parseUiDuration } from './fields.js';
import { EMPTY_JOB, type LedgerSink } from './types.js';

const ID_COLUMNS = ['run_id', 'Run ID', 'run_uuid'];

export function looksLikeMlflow(header: readonly string[]): boolean {
  return ID_COLUMNS.some((c) => header.includes(c)) && (header.includes('status') || header.includes('Status'));
}

export async function readMlflowCsv(source: ByteSource, file: string, sink: LedgerSink): Promise<number> {
  let badStart = 0;
  let badStartLine = 0;
  const records = await readCsvExport(source, file, sink, ({ names, cell }) => {
    // GPU indices of MLflow's system metrics (system/gpu_0_utilization_percentage, …)
    const gpuColumns = new Map<number, number[]>();
    names.forEach((name, i) => {
      const m = /^(?:metrics\.)?system\/gpu_(\d+)_/.exec(name);
      if (m) gpuColumns.set(Number(m[1]), [...(gpuColumns.get(Number(m[1])) ?? []), i]);
    });
    const tagColumns = names.flatMap((name, i) => (/^(tags|params)\./.test(name) && !name.startsWith('tags.mlflow.') ? [{ name, i }] : []));
    return (cells, line) => {
      const runId = cell(cells, ...ID_COLUMNS);
      if (runId === '') {
        sink.malformed(line, 'no run id', ID_COLUMNS.join(' / '));
        return;
      }
      const duration = cell(cells, 'Duration');
      const elapsedS = isBlank(duration) ? Number.NaN : parseUiDuration(duration);
      if (!isBlank(duration) && Number.isNaN(elapsedS)) {
        sink.malformed(line, `not a duration as MLflow prints one (161ms, 7.6s, 1.2min, 2.5h, 1.1d): "${duration}"`, 'Duration');
        return;
      }
      const rawState = cell(cells, 'status', 'Status');
      const startText = cell(cells, 'start_time', 'Start Time');
      const startMs = parseTimeMs(startText);
      if (!isBlank(startText) && Number.isNaN(startMs) && badStart++ === 0) badStartLine = line;
      let gpus = Number.NaN;
      if (gpuColumns.size) {
        gpus = 0;
        for (const cols of gpuColumns.values()) if (cols.some((i) => !isBlank(cells[i]))) gpus++;
      }
      const tags: string[] = [];
      for (const { name, i } of tagColumns) {
        const v = cells[i]!.trim();
        if (!isBlank(v)) tags.push(`${name.startsWith('tags.') ? name.slice(5) : name}=${v}`);
      }
      sink.job({
        ...EMPTY_JOB,
        key: `mlflow:${runId}`,
        id: runId,
        name: cell(cells, 'tags.mlflow.runName', 'mlflow.runName', 'Name', 'name', 'run_name') || runId,
        state: rawState === '' ? null : (MLFLOW_STATES[rawState.toUpperCase()] ?? null),
        rawState: rawState === '' ? null : rawState,
        startMs,
        endMs: parseTimeMs(cell(cells, 'end_time')),
        elapsedS,
        gpus,
        user: cell(cells, 'tags.mlflow.user', 'mlflow.user', 'User', 'user_id') || null,
        group: cell(cells, 'experiment_id') || null,
        tags,
        line,
      });
    };
  });
  if (badStart) sink.warn(`${badStart} start time(s) not in ISO form (first at line ${badStartLine}): those runs have no month`);
  return records;
}
