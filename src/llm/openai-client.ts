import OpenAI from 'openai';
import type { LlmClient } from '../core/ports.js';

export interface OpenAiConfig {
  apiKey: string;
  baseUrl?: string;
  model: string;
  embeddingModel?: string;
  timeoutMs: number;
}

/** Raised for any failed model call (HTTP error, timeout, empty reply); the Q&A layer falls back on it. */
export class LlmError extends Error {
  constructor(
    readonly code: 'timeout' | 'api_error' | 'empty',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmError';
  }
}

/** LlmClient over any OpenAI-compatible endpoint; no retries, so a slow model fails fast to the extractive answer. */
export function createOpenAiClient(cfg: OpenAiConfig): LlmClient {
  const client = new OpenAI({ apiKey: cfg.apiKey, baseURL: cfg.baseUrl, timeout: cfg.timeoutMs, maxRetries: 0 });
  const translate = (err: unknown): LlmError => {
    if (err instanceof LlmError) return err;
    if (err instanceof OpenAI.APIConnectionTimeoutError) return new LlmError('timeout', `model did not answer within ${cfg.timeoutMs} ms`, { cause: err });
    if (err instanceof OpenAI.APIError) return new LlmError('api_error', `model API error ${err.status ?? ''}: ${err.message}`, { cause: err });
    return new LlmError('api_error', String(err), { cause: err });
  };
  const llm: LlmClient = {
    model: cfg.model,
    async complete({ system, user, timeoutMs }) {
      try {
        const res = await client.chat.completions.create(
          {
            model: cfg.model,
            temperature: 0,
            messages: [
              { role: 'system', content: system },
              { role: 'user', content: user },
            ],
          },
          { timeout: timeoutMs ?? cfg.timeoutMs },
        );
        const text = res.choices[0]?.message?.content;
        if (!text) throw new LlmError('empty', 'model returned no text');
        return text;
      } catch (err) {
        throw translate(err);
      }
    },
  };
  if (cfg.embeddingModel) {
    const embeddingModel = cfg.embeddingModel;
    llm.embed = async (texts) => {
      try {
        const res = await client.embeddings.create({ model: embeddingModel, input: texts });
        return [...res.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
      } catch (err) {
        throw translate(err);
      }
    };
  }
  return llm;
}
