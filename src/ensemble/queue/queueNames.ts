/** The BullMQ queue corridor uses unless `--queue-name` says otherwise. */
export const DEFAULT_QUEUE_NAME = 'corridor';
