/** Why an input could not be imported; the UI and CLI may branch on it, the message says it to the user. */
export type ImportErrorCode =
  'empty' | 'binary' | 'encoding' | 'too-large' | 'unsupported' | 'no-content' | 'no-parser';

/** A file or text Kizuna refuses to import, with a message that names the input and says what is wrong. */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  /**
   * Creates the error; `message` is shown to the user as is, so it names the file and the problem.
   * @param code machine-readable reason
   */
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
