/** A document layout as a plugin: how strongly it recognises the body, and how it reads agreements from it. */
import type { Block } from '../blocks.js';
import type { LayoutName, RawAgreement } from './raw-agreement.js';

export interface ReadContext {
  /** Heading titles from the table of contents, to restore their casing. */
  tocTitles: ReadonlyMap<string, string>;
}

export interface Layout {
  name: LayoutName;
  /** Numbered layouts keep the document's numbers; the others number agreements in order. */
  numbered: boolean;
  /** About how many agreements this layout would find in the body; 0 when it does not apply. */
  detect(blocks: readonly Block[]): number;
  read(blocks: readonly Block[], ctx: ReadContext): RawAgreement[];
}
