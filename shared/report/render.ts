/** One entry point for every report format. */
import { renderClaimReview } from './claimreview';
import { renderHtml } from './html';
import type { ReportData, ReportFormat } from './model';
import { renderCsv, renderJson, renderMarkdown } from './text-formats';

export function renderReport(data: ReportData, format: ReportFormat): string {
  switch (format) {
    case 'html':
      return renderHtml(data);
    case 'md':
      return renderMarkdown(data);
    case 'csv':
      return renderCsv(data);
    case 'json':
      return renderJson(data);
    case 'claimreview':
      return renderClaimReview(data);
  }
}
