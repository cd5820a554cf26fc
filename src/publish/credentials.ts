// **credentials** — who publishes: a user and a password read from the environment or a file, never
// from a command-line flag (shell history, `ps`). The password is kept out of logs, JSON and inspection.
import { readFile, stat } from 'node:fs/promises';
import { inspect } from 'node:util';
import { LinkedLivesError } from '../errors.js';

export const USER_VARIABLE = 'LINKED_LIVES_USER';
export const PASSWORD_VARIABLE = 'LINKED_LIVES_PASSWORD';

export class Credentials {
  readonly #password: string;

  constructor(readonly user: string, password: string) {
    this.#password = password;
  }

  /** The password, for the one place that builds Authorization headers. */
  reveal(): string {
    return this.#password;
  }

  toJSON(): { user: string } {
    return { user: this.user };
  }

  toString(): string {
    return `Credentials(${this.user})`;
  }

  [inspect.custom](): string {
    return `Credentials { user: ${JSON.stringify(this.user)}, password: <hidden> }`;
  }
}

/** `user:password` (the first line; the password may contain colons, the user may not). */
export function parseCredentials(text: string, origin: string): Credentials {
  const line = text.split(/\r?\n/)[0] ?? '';
  const colon = line.indexOf(':');
  if (colon <= 0) throw new LinkedLivesError(`${origin} must hold one line "user:password"`, 'bad_credentials', { origin });
  return new Credentials(line.slice(0, colon), line.slice(colon + 1));
}

/** LINKED_LIVES_USER and LINKED_LIVES_PASSWORD, or undefined when neither is set. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const user = env[USER_VARIABLE];
  const password = env[PASSWORD_VARIABLE];
  if (!user && !password) return undefined;
  if (!user || password === undefined) {
    throw new LinkedLivesError(`set both ${USER_VARIABLE} and ${PASSWORD_VARIABLE}, or neither`, 'bad_credentials');
  }
  return new Credentials(user, password);
}

export interface CredentialsFile {
  credentials: Credentials;
  /** Set when others than the owner may read the file. */
  warning?: string;
}

/** Reads a `user:password` file. */
export async function readCredentialsFile(file: string): Promise<CredentialsFile> {
  let text: string;
  let mode: number;
  try {
    [text, mode] = await Promise.all([readFile(file, 'utf8'), stat(file).then((s) => s.mode)]);
  } catch (error) {
    throw new LinkedLivesError(`cannot read the credentials file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'bad_credentials', { file });
  }
  const credentials = parseCredentials(text, `the credentials file ${file}`);
  const open = (mode & 0o077) !== 0;
  return { credentials, ...(open && { warning: `the credentials file ${file} is readable by other users (chmod 600 ${file})` }) };
}
