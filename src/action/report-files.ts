/**
 * The report files the action writes next to its JSON report (input `report-formats`) and uploads
 * with it (`upload-report`): CSV, BoAmps reports (one per run) and model-card metadata (one per
 * component with training runs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../model/report.js';
import { boampsReport } from '../outputs/boamps.js';
import { runsCsv } from '../outputs/csv.js';
import { isTrainingRun, renderModelCard } from '../outputs/model-card.js';
import type { ReportFormat } from './inputs.js';

/** A file name from user text (run ids, components): safe characters only, distinct within a folder. */
function safeNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    const base = n.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 100) || 'run';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}-${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** Writes the head report in the extra formats into `dir`; returns the files written. */
export function writeReportFiles(report: Report, formats: readonly ReportFormat[], dir: string): string[] {
  const files: string[] = [];
  const write = (rel: string, text: string) => {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files.push(file);
  };
  if (formats.includes('csv')) write('ml-footprint-report.csv', runsCsv(report));
  if (formats.includes('boamps')) {
    const names = safeNames(report.runs.map((r) => r.run.id));
    report.runs.forEach((r, i) => write(path.join('ml-footprint-boamps', `${names[i]}.json`), `${JSON.stringify(boampsReport(r), null, 2)}\n`));
  }
  if (formats.includes('model-card')) {
    const training = report.runs.filter(isTrainingRun);
    const components = [...new Set(training.map((r) => r.run.component))];
    const names = safeNames(components);
    components.forEach((c, i) =>
      write(
        path.join('ml-footprint-model-cards', `${names[i]}.yml`),
        renderModelCard(training.filter((r) => r.run.component === c), `co2_eq_emissions of component ${c}, from ml-footprint`),
      ),
    );
  }
  return files;
}
