/**
 * What a write answers: status, JSON body and headers. Plain data, so it can cross RPC from the
 * per-claim writer and be stored as an Idempotency-Key record.
 */
export interface Reply<B = unknown> {
  status: 200 | 201;
  body: B;
  headers: Record<string, string>;
}

/** Who sent an Idempotency-Key (key id, or "admin_token"), the key, and a hash of the request it came with. */
export interface IdempotencyContext {
  principal: string;
  key: string;
  requestHash: string;
}

/** A write's reply, and the outbox events it wrote, to hand to the Queue once it has landed. */
export interface Written<B = unknown> {
  reply: Reply<B>;
  events: string[];
}
