import { createApp } from "./app";
import { createDb } from "./db/client";
import { warmEmbed } from "./embeds/cache";
import { consumeQueue } from "./webhooks/consumer";
import type { QueueMessage } from "./webhooks/queue";
import { DAILY_CRON, sweepDaily, sweepEveryMinute } from "./webhooks/sweep";

export { ClaimWriter } from "./writes/claim-writer";

const app = createApp();

export default {
  // A warm card, badge or shields answer comes straight from the Cache API, before the app runs.
  fetch: async (request: Request, env: Env, ctx: ExecutionContext) =>
    (await warmEmbed(request)) ?? app.fetch(request, env, ctx),
  queue: (batch, env) => consumeQueue(batch, env),
  async scheduled(controller, env) {
    const db = createDb(env.DB);
    if (controller.cron === DAILY_CRON) await sweepDaily(db, controller.scheduledTime);
    else await sweepEveryMinute(env.EVENTS_QUEUE, db, controller.scheduledTime);
  },
} satisfies ExportedHandler<Env, QueueMessage>;
