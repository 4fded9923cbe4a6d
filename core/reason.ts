/** What went wrong, in a sentence for a message: an error's own message, or the thrown value as text. */
export const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
