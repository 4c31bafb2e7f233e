/**
 * What the CLI may do to a terminal. Colour only on a TTY and never when NO_COLOR is set
 * to anything but the empty string (https://no-color.org); progress only when stderr is a
 * TTY, so CI logs and pipes get the report and nothing else. Progress redraws its line with
 * a carriage return and spaces, not escape sequences, so NO_COLOR output has none at all.
 */
export interface StreamLike {
  readonly isTTY?: boolean;
  write(text: string): unknown;
  readonly columns?: number;
}

export function colourEnabled(stream: StreamLike, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

export interface Style {
  readonly pass: (text: string) => string;
  readonly fail: (text: string) => string;
  readonly warn: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plainText = (text: string): string => text;

export const plain: Style = { pass: plainText, fail: plainText, warn: plainText, dim: plainText, bold: plainText };
const coloured: Style = { pass: sgr(32, 39), fail: sgr(31, 39), warn: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };

export function styleFor(stream: StreamLike, env: NodeJS.ProcessEnv = process.env): Style {
  return colourEnabled(stream, env) ? coloured : plain;
}

/** A one-line status on stderr for long work, redrawn in place; silent unless stderr is a TTY. */
export interface Progress {
  update(text: string): void;
  clear(): void;
}

export function progressOn(stream: StreamLike, env: NodeJS.ProcessEnv = process.env): Progress {
  if (stream.isTTY !== true || env.TERM === 'dumb') return { update: () => {}, clear: () => {} };
  let shown = 0;
  return {
    update(text) {
      const width = Math.max(20, (stream.columns || 80) - 1);
      const line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
      stream.write(`\r${line.padEnd(shown)}`);
      shown = line.length;
    },
    clear() {
      if (shown > 0) stream.write(`\r${' '.repeat(shown)}\r`);
      shown = 0;
    },
  };
}
