import { createApp } from "./app";
import { createDb } from "./db/client";
import { countingD1 } from "./db/counting";
import { warmEmbed } from "./embeds/cache";
import { logLine } from "./http/request-log";
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
    const started = Date.now();
    const counter = countingD1(env.DB);
    const db = createDb(counter.db);
    if (controller.cron === DAILY_CRON) await sweepDaily(env, db, controller.scheduledTime);
    else await sweepEveryMinute(env.EVENTS_QUEUE, db, controller.scheduledTime);
    logLine({
      type: "cron",
      cron: controller.cron,
      duration_ms: Date.now() - started,
      d1_round_trips: counter.roundTrips(),
    });
  },
} satisfies ExportedHandler<Env, QueueMessage>;
