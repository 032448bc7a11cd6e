import { Hono } from "hono";
import type { AppEnv } from "../app-env";
import { createKeyFromDesk, keysPage, revokeKeyFromDesk, webhookPage, webhooksPage } from "../desk/admin";
import { claimPage, postUpdate } from "../desk/claim";
import { claimsList } from "../desk/claims-list";
import { editPage, saveEdit } from "../desk/edit";
import { newClaimPage, proposeClaims, saveClaims } from "../desk/new-claim";
import { deskAdmin, deskLimits, deskSession } from "../desk/session";
import { showSignIn, signIn, signOut } from "../desk/sign-in";

/** The fact-checkers' desk: server-rendered pages on the same domain and db functions as the API. */
export const deskRoutes = new Hono<AppEnv>()
  .get("/desk/sign-in", showSignIn)
  .post("/desk/sign-in", signIn)
  .use("/desk", deskSession)
  .use("/desk/*", deskSession)
  .use("/desk/*", deskLimits)
  .use("/desk/keys", deskAdmin)
  .use("/desk/keys/*", deskAdmin)
  .use("/desk/webhooks", deskAdmin)
  .use("/desk/webhooks/*", deskAdmin)
  .post("/desk/sign-out", signOut)
  .get("/desk", claimsList)
  .get("/desk/claims/:id", claimPage)
  .post("/desk/claims/:id/updates", postUpdate)
  .get("/desk/claims/:id/edit", editPage)
  .post("/desk/claims/:id/edit", saveEdit)
  .get("/desk/new", newClaimPage)
  .post("/desk/new", proposeClaims)
  .post("/desk/new/save", saveClaims)
  .get("/desk/keys", keysPage)
  .post("/desk/keys", createKeyFromDesk)
  .post("/desk/keys/:id/revoke", revokeKeyFromDesk)
  .get("/desk/webhooks", webhooksPage)
  .get("/desk/webhooks/:id", webhookPage);
