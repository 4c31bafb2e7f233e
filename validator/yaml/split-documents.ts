/** One YAML document cut out of a file or stream. */
export interface DocumentText {
  readonly text: string;
  /** 1-based line of the file where the document's text starts. */
  readonly line: number;
}

const separator = '\n---';

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/**
 * Cuts a stream into documents the way kubeconform does (Kubernetes' splitYAMLDocument): at
 * every line that starts with `---`, dropping the rest of that line. Text is fed in chunks,
 * so a large stream never has to be held whole.
 */
export class DocumentSplitter {
  private buffer = '';
  private bufferLine = 1;
  private searchFrom = 0;

  push(chunk: string): DocumentText[] {
    this.buffer += chunk;
    return this.drain(false);
  }

  end(): DocumentText[] {
    const documents = this.drain(true);
    if (this.buffer.length > 0) documents.push({ text: this.buffer, line: this.bufferLine });
    this.buffer = '';
    return documents;
  }

  private drain(atEnd: boolean): DocumentText[] {
    const documents: DocumentText[] = [];
    let start = 0;
    for (;;) {
      const at = this.buffer.indexOf(separator, Math.max(start, this.searchFrom));
      if (at === -1) {
        this.searchFrom = Math.max(start, this.buffer.length - separator.length + 1);
        break;
      }
      const lineEnd = this.buffer.indexOf('\n', at + separator.length);
      if (lineEnd === -1 && !atEnd) {
        this.searchFrom = at;
        break;
      }
      const text = this.buffer.slice(start, at);
      documents.push({ text, line: this.bufferLine });
      const next = lineEnd === -1 ? this.buffer.length : lineEnd + 1;
      this.bufferLine += countLines(this.buffer, start, next);
      start = next;
      this.searchFrom = next;
    }
    if (start > 0) {
      this.buffer = this.buffer.slice(start);
      this.searchFrom = Math.max(0, this.searchFrom - start);
    }
    return documents;
  }
}

/** All documents of a text held in memory. */
export function splitDocuments(text: string): DocumentText[] {
  const splitter = new DocumentSplitter();
  return [...splitter.push(text), ...splitter.end()];
}
