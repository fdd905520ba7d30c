/** Export the case's review report: HTML, Markdown, CSV or JSON, saved by the edition's bridge. */
import { useState } from 'react';
import { BUNDLE_EXTENSION, serialiseBundle } from '../../../../shared/report/bundle';
import { FORMAT_MIME, reportFileName, type ReportFormat } from '../../../../shared/report/model';
import { renderReport } from '../../../../shared/report/render';
import { api } from '../../bridge';
import { db } from '../../db/AppDB';
import { exportBundle } from '../../db/bundles';
import { buildReportData } from './build-report';

const LABELS: Record<ReportFormat, string> = { html: 'Report (HTML)', md: 'Markdown', csv: 'CSV (one row per pair)', json: 'JSON', claimreview: 'ClaimReview (JSON-LD)' };

export function ExportMenu(props: { caseId: string | null; onDone: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const exportAs = async (format: ReportFormat | 'bundle' | 'pdf') => {
    if (!props.caseId) return;
    setBusy(true);
    try {
      if (format === 'pdf') {
        if (!api.exportPdf) return;
        const data = await buildReportData(db, props.caseId);
        const result = await api.exportPdf({ suggestedName: reportFileName(data.caseName, 'html').replace(/\.html$/, '.pdf'), html: renderReport(data, 'html') });
        props.onDone(result.saved ? `Saved ${result.location}` : 'Export cancelled');
        return;
      }
      let file;
      if (format === 'bundle') {
        const bundle = await exportBundle(db, props.caseId);
        file = { suggestedName: reportFileName(bundle.case.name, 'json').replace(/-review\.json$/, BUNDLE_EXTENSION), mimeType: 'application/json', content: serialiseBundle(bundle) };
      } else {
        const data = await buildReportData(db, props.caseId);
        file = { suggestedName: reportFileName(data.caseName, format), mimeType: FORMAT_MIME[format], content: renderReport(data, format) };
      }
      const result = await api.saveExport(file);
      props.onDone(result.saved ? `Saved ${result.location}` : 'Export cancelled');
    } catch (err) {
      props.onDone(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <select aria-label="Export" className="export-menu" value="" disabled={!props.caseId || busy} onChange={(e) => void exportAs(e.target.value as ReportFormat | 'bundle' | 'pdf')}>
      <option value="" disabled>Export…</option>
      {(Object.keys(LABELS) as ReportFormat[]).map((f) => (
        <option key={f} value={f}>{LABELS[f]}</option>
      ))}
      {api.exportPdf && <option value="pdf">PDF (desktop)</option>}
      <option value="bundle">Review bundle (whole case, to share or keep)</option>
    </select>
  );
}
