import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import { repoRoot } from '../../generator/tools/paths.ts';

/** The LSP shapes the tests read; the server sends more. */
export interface Diagnostic {
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
  readonly message: string;
  readonly severity?: number;
}
export interface CompletionItem {
  readonly label: string;
  readonly documentation?: string | { readonly value: string };
}
export interface Hover {
  readonly contents: string | { readonly value: string } | readonly (string | { readonly value: string })[];
}
export interface Position {
  readonly line: number;
  readonly character: number;
}

const serverScript = path.join(repoRoot, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

/** yaml-language-server settings: validation, completion and hover on, no schema store (no network). */
const yamlSettings = { validate: true, completion: true, hover: true, schemaStore: { enable: false }, schemas: {} };

/**
 * A real yaml-language-server over stdio, driven through JSON-RPC the way an editor drives it.
 * Diagnostics are pushed by the server; `diagnostics()` waits for the set of a document version.
 */
export class YamlLanguageClient {
  private readonly diagnosticsByUri = new Map<string, Diagnostic[]>();
  private readonly waiters: (() => void)[] = [];
  private opened = 0;

  private constructor(
    private readonly server: ChildProcess,
    private readonly connection: MessageConnection,
  ) {}

  static async start(): Promise<YamlLanguageClient> {
    const server = spawn(process.execPath, [serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const client = new YamlLanguageClient(server, connection);
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'yaml' ? yamlSettings : item.section?.startsWith('yaml.') ? undefined : {})),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnosticsByUri.set(params.uri, params.diagnostics);
      for (const wake of client.waiters.splice(0)) wake();
    });
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(repoRoot).href,
      workspaceFolders: [{ uri: pathToFileURL(repoRoot).href, name: 'repo' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { versionSupport: true },
        },
      },
    });
    connection.sendNotification('initialized', {});
    connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings } });
    return client;
  }

  /**
   * Opens a document with the given text as a new file beside `file` (same directory, so a
   * relative modeline resolves the same way), so no earlier publication can be mistaken for its own.
   */
  open(file: string, text: string): { uri: string } {
    const serial = ++this.opened;
    const uri = pathToFileURL(path.join(path.dirname(file), `.ide-${serial}-${path.basename(file)}`)).href;
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return { uri };
  }

  /** The diagnostics the server published for an opened document. */
  async diagnostics(uri: string, timeoutMs = 30_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const published = this.diagnosticsByUri.get(uri);
      if (published) return published;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
  }

  completion(uri: string, position: Position): Promise<{ items: CompletionItem[] } | CompletionItem[] | null> {
    return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  async stop(): Promise<void> {
    // Once the server exits, a reply still on its way to it (e.g. to a request it sent while
    // loading a schema) meets a closed pipe: that is the end of the session, not an error.
    this.server.stdin?.on('error', () => undefined);
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    const exited = new Promise<void>((resolve) => {
      if (this.server.exitCode !== null) resolve();
      else this.server.once('exit', () => resolve());
    });
    this.connection.sendNotification('exit').catch(() => undefined);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    this.connection.dispose();
    this.server.kill();
  }
}

/** Text of a completion item's documentation or a hover's contents, markdown escapes undone. */
export function plainText(value: CompletionItem['documentation'] | Hover['contents'] | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.map((part) => plainText(part as string | { value: string })).join('\n');
  const text = typeof value === 'string' ? value : (value as { value: string }).value;
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
}
