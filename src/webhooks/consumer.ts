import { createDb } from "../db/client";
import { attemptDelivery } from "./deliver";
import { fanOut } from "./fan-out";
import type { QueueMessage } from "./queue";

/**
 * The Queue consumer: fans events out and attempts deliveries, each message on its own. A message
 * that throws (D1 unreachable, say) is retried by the Queue, and after max_retries goes to the
 * dead-letter queue; the rows it concerns stay in D1 and the minute cron picks them up again.
 */
export async function consumeQueue(batch: MessageBatch<QueueMessage>, env: Env): Promise<void> {
  const db = createDb(env.DB);
  await Promise.all(
    batch.messages.map(async (message) => {
      try {
        if (message.body.kind === "event") await fanOut(env.EVENTS_QUEUE, db, message.body.id);
        else await attemptDelivery(env.EVENTS_QUEUE, db, message.body.id);
        message.ack();
      } catch (error) {
        console.error(JSON.stringify({ queue_message: message.body, error: String(error) }));
        message.retry({ delaySeconds: 5 });
      }
    }),
  );
}
