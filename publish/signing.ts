import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Which GnuPG key signs the packages (`helm package --sign`). */
export interface SigningKey {
  /** A user id or part of one, e.g. `WSO2 Charts`: helm's `--key`. */
  readonly name: string;
  /** A legacy (non-keybox) keyring holding the secret key: `gpg --export-secret-keys > secring.gpg`. */
  readonly keyring: string;
  /** A file holding the key's passphrase; absent for a key without one. */
  readonly passphraseFile?: string;
}

export interface SigningInput {
  readonly key?: string;
  readonly keyring?: string;
  readonly passphraseFile?: string;
}

/** Environment variables that stand in for the command-line flags. */
export const signingEnv = {
  key: 'WSO2_CHARTS_SIGN_KEY',
  keyring: 'WSO2_CHARTS_KEYRING',
  passphraseFile: 'WSO2_CHARTS_PASSPHRASE_FILE',
} as const;

/** Flags first, then environment, then helm's own default keyring; fails with the fix. */
export function resolveSigningKey(input: SigningInput, env: NodeJS.ProcessEnv = process.env): SigningKey {
  const name = input.key ?? env[signingEnv.key];
  const keyring = input.keyring ?? env[signingEnv.keyring] ?? path.join(os.homedir(), '.gnupg', 'secring.gpg');
  const passphraseFile = input.passphraseFile ?? env[signingEnv.passphraseFile];
  const problems: string[] = [];
  if (!name) {
    problems.push(`no signing key: pass --key "<user id>" or set ${signingEnv.key}`);
  }
  if (!existsSync(keyring)) {
    problems.push(
      `keyring ${keyring} not found: export your secret key into a legacy keyring with ` +
        `\`gpg --export-secret-keys "<user id>" > secring.gpg\` and pass --keyring secring.gpg or set ${signingEnv.keyring}`,
    );
  }
  if (passphraseFile && !existsSync(passphraseFile)) {
    problems.push(`passphrase file ${passphraseFile} not found (--passphrase-file / ${signingEnv.passphraseFile})`);
  }
  if (problems.length > 0 || !name) throw new Error(problems.join('\n'));
  return passphraseFile ? { name, keyring, passphraseFile } : { name, keyring };
}

/** The `helm package` flags that sign with this key. */
export function signArgs(key: SigningKey): string[] {
  const args = ['--sign', '--key', key.name, '--keyring', key.keyring];
  if (key.passphraseFile) args.push('--passphrase-file', key.passphraseFile);
  return args;
}
