import type { Author } from "./db/claim-writes";
import type { Db } from "./db/client";
import type { Role } from "./domain/api-keys";

/** Who is calling: a stored key, or the ADMIN_TOKEN bootstrap credential (keyId null). */
export interface Principal extends Author {
  role: Role;
}

export interface IdempotencyContext {
  principal: string;
  key: string;
  requestHash: string;
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    db: Db;
    requestId: string;
    principal: Principal;
    idempotency: IdempotencyContext | undefined;
  };
}
