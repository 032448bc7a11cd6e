import { createDb } from "../db/client";
import { countingD1 } from "../db/counting";
import { logLine } from "../http/request-log";
import { attemptDelivery } from "./deliver";
import { fanOut } from "./fan-out";
import type { QueueMessage } from "./queue";

/**
 * The Queue consumer: fans events out and attempts deliveries, each message on its own. A message
 * that throws (D1 unreachable, say) is retried by the Queue, and after max_retries goes to the
 * dead-letter queue; the rows it concerns stay in D1 and the minute cron picks them up again.
 */
export async function consumeQueue(batch: MessageBatch<QueueMessage>, env: Env): Promise<void> {
  const started = Date.now();
  const counter = countingD1(env.DB);
  const db = createDb(counter.db);
  let retried = 0;
  await Promise.all(
    batch.messages.map(async (message) => {
      try {
        if (message.body.kind === "event") await fanOut(env.EVENTS_QUEUE, db, message.body.id);
        else await attemptDelivery(env.EVENTS_QUEUE, db, message.body.id);
        message.ack();
      } catch (error) {
        retried++;
        console.error(JSON.stringify({ type: "queue_error", message: message.body, error: String(error) }));
        message.retry({ delaySeconds: 5 });
      }
    }),
  );
  logLine({
    type: "queue",
    queue: batch.queue,
    messages: batch.messages.length,
    events: batch.messages.filter((m) => m.body.kind === "event").length,
    deliveries: batch.messages.filter((m) => m.body.kind === "deliver").length,
    retried,
    duration_ms: Date.now() - started,
    d1_round_trips: counter.roundTrips(),
  });
}
