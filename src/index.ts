import { createApp } from "./app";
import { createDb } from "./db/client";
import { consumeQueue } from "./webhooks/consumer";
import type { QueueMessage } from "./webhooks/queue";
import { DAILY_CRON, sweepDaily, sweepEveryMinute } from "./webhooks/sweep";

export { ClaimWriter } from "./writes/claim-writer";

const app = createApp();

export default {
  fetch: app.fetch,
  queue: (batch, env) => consumeQueue(batch, env),
  async scheduled(controller, env) {
    const db = createDb(env.DB);
    if (controller.cron === DAILY_CRON) await sweepDaily(db, controller.scheduledTime);
    else await sweepEveryMinute(env.EVENTS_QUEUE, db, controller.scheduledTime);
  },
} satisfies ExportedHandler<Env, QueueMessage>;
