/**
 * A document sent to the bot in a direct message (Slack, Teams): a coordinator's file goes through the
 * same ingestion as `ingest` and the console upload; anyone else gets a refusal before it is downloaded.
 */
import type { InboundFileSource } from '../core/channel.js';
import { DomainError } from '../core/errors.js';
import type { ChannelName, Reply } from '../core/messages.js';
import type { MessageHandler } from '../core/people.js';
import type { Logger } from '../core/ports.js';
import { formatMb } from '../ingest/limits.js';
import { MAX_FILES_PER_UPLOAD, type ReviewService } from './review-service.js';
import { reviewTexts as t } from './texts.js';
import { uploadReply } from './upload-replies.js';

export interface UploadHandlerDeps {
  reviews: ReviewService;
  /** The channels that can fetch a sent file, filled in by main.ts once the adapters exist. */
  files: ReadonlyMap<ChannelName, InboundFileSource>;
  publicUrl?: string;
  logger?: Logger;
}

export function createUploadHandler(deps: UploadHandlerDeps): MessageHandler {
  const { reviews } = deps;
  const max = reviews.maxUploadBytes;
  return {
    name: 'document-upload',
    async handle(message, ctx) {
      // Files in a channel are the channel's business; only a direct message hands the bot a document.
      if (!message.files?.length || !message.direct) return null;
      if (!reviews.mayUpload(ctx.person)) return [{ kind: 'error', text: t.uploadNotAllowed }];
      const source = deps.files.get(message.channel);
      const replies: Reply[] = [];
      const fetched: Array<{ name: string; data: Buffer }> = [];
      for (const file of message.files.slice(0, MAX_FILES_PER_UPLOAD)) {
        if (file.size !== undefined && file.size > max) {
          replies.push({ kind: 'error', text: t.fileTooLarge(file.name, formatMb(max), formatMb(file.size)) });
          continue;
        }
        try {
          if (!source) throw new DomainError('unavailable', 'dit kanaal kan geen bestanden ophalen');
          fetched.push({ name: file.name, data: await source.download(file, max) });
        } catch (err) {
          deps.logger?.warn('upload download failed', { channel: message.channel, userId: message.userId, file: file.name, error: String(err) });
          const reason = err instanceof DomainError ? err.message : 'onbekende fout';
          replies.push({ kind: 'error', text: t.downloadFailed(file.name, reason) });
        }
      }
      if (fetched.length === 0) return replies;
      let outcomes;
      try {
        outcomes = await reviews.upload(ctx.person, fetched);
      } catch (err) {
        if (err instanceof DomainError) return [...replies, { kind: 'error', text: err.message }];
        throw err;
      }
      for (const outcome of outcomes) {
        const review = outcome.ok ? await reviews.review(outcome.documentId) : null;
        replies.push(uploadReply(outcome, review, { publicUrl: deps.publicUrl, timeZone: reviews.timeZone }));
      }
      return replies;
    },
  };
}
