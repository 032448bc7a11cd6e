/** What travels on the events Queue: an outbox event to fan out, or one delivery to attempt. */
export type QueueMessage = { kind: "event"; id: string } | { kind: "deliver"; id: string };

/** Queues take at most 100 messages per sendBatch call. */
const SEND_BATCH = 100;

/**
 * Hands messages to the Queue. A failed send is logged, not thrown: the rows are already in D1,
 * and the minute cron re-sends whatever never arrived.
 */
export async function enqueue(queue: Queue<QueueMessage>, messages: QueueMessage[], delaySeconds = 0): Promise<void> {
  try {
    for (let i = 0; i < messages.length; i += SEND_BATCH) {
      const chunk = messages.slice(i, i + SEND_BATCH).map((body) => ({ body, delaySeconds }));
      await queue.sendBatch(chunk);
    }
  } catch (error) {
    console.error(JSON.stringify({ queue_send_failed: messages.length, error: String(error) }));
  }
}

export function eventMessages(ids: readonly string[]): QueueMessage[] {
  return ids.map((id) => ({ kind: "event", id }));
}
