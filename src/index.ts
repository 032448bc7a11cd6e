import { createApp } from "./app";

export { ClaimWriter } from "./writes/claim-writer";

const app = createApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
