// Who runs a command, for the records of the writes it makes (a merge's `by`): the system user, as keys name API callers.
import { userInfo } from 'node:os';

export function cliCaller(command: string): string {
  let user = process.env['USER'] ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): $USER it is.
  }
  return `${command} (${user})`;
}
