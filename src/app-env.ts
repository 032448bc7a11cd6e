import type { Db } from "./db/client";
import type { DeskSessionRow } from "./db/schema";
import type { Role } from "./domain/api-keys";
import type { Author } from "./domain/timeline";
import type { IdempotencyContext } from "./writes/reply";

/** Who is calling: a stored key, or the ADMIN_TOKEN bootstrap credential (keyId null). */
export interface Principal extends Author {
  role: Role;
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    db: Db;
    /** D1 round trips the request's db has made so far, for its log line. */
    roundTrips: () => number;
    requestId: string;
    principal: Principal;
    idempotency: IdempotencyContext | undefined;
    /** The signed-in desk session, on /desk pages. */
    desk: DeskSessionRow;
  };
}
