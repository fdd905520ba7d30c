/**
 * Runtime validators for every payload that crosses a trust boundary (renderer → main, and files the
 * host hands back). Built with zod so the checks and the TypeScript types cannot drift apart.
 */
import { z } from 'zod';
import type { ExportFile, PickRequest } from './contract';
import { INVOKE_CHANNELS, type InvokeChannel } from './channels';

/** Longest file name we suggest for a save dialog; longer names are refused, not truncated. */
const MAX_NAME = 255;
/** Largest export the renderer may hand to main in one call (64 MiB of text). */
export const MAX_EXPORT_CHARS = 64 * 1024 * 1024;

export const pickRequestSchema = z.strictObject({
  mode: z.enum(['files', 'folder']),
}) satisfies z.ZodType<PickRequest>;

export const exportFileSchema = z.strictObject({
  suggestedName: z
    .string()
    .min(1)
    .max(MAX_NAME)
    .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', {
      message: 'must be a plain file name without folders',
    }),
  mimeType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'must be a MIME type'),
  content: z.string().max(MAX_EXPORT_CHARS),
}) satisfies z.ZodType<ExportFile>;

export const pdfExportSchema = z.strictObject({
  suggestedName: exportFileSchema.shape.suggestedName.refine((n) => n.toLowerCase().endsWith('.pdf'), { message: 'must end in .pdf' }),
  html: z.string().min(1).max(MAX_EXPORT_CHARS),
});

/** Calls without an argument must send none. */
export const noPayloadSchema = z.undefined();

/** The payload schema of each invoke channel: the IPC wrapper refuses a channel missing here. */
export const PAYLOAD_SCHEMAS = {
  [INVOKE_CHANNELS.getAppInfo]: noPayloadSchema,
  [INVOKE_CHANNELS.pickArticleFiles]: pickRequestSchema,
  [INVOKE_CHANNELS.saveExport]: exportFileSchema,
  [INVOKE_CHANNELS.exportPdf]: pdfExportSchema,
} as const satisfies Record<InvokeChannel, z.ZodType>;

/** One readable line from a zod error: "suggestedName: must be a plain file name without folders". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
