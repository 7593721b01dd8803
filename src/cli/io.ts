/** The process as the CLI sees it: passed in so tests can capture output and set the environment. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

/** A failure the user can fix: printed without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function print(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith("\n") ? text : `${text}\n`);
}

/**
 * A reader that closes the pipe early (`wedloop export-check --grid --json | head`) is done, not failing: end
 * quietly with 0 instead of an unhandled EPIPE; any other write error still throws.
 */
export function endQuietlyWhenPipeCloses(stream: NodeJS.WritableStream, exit: (code: number) => void): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    exit(0);
  });
}
