/**
 * What autocannon (8.0.0) does not count: a connection the server closes while a request on it
 * waits for its answer. autocannon reconnects and moves on, so that request is lost without an
 * error. A connection reset under a request is counted (among `errors`) and lost the same way.
 * The local runtime does both now and then under load (BENCHMARKS.md, "Goals against their
 * nearest controls").
 */
export function watchConnections() {
  // sent: requests written; lost: those a reset or the server's close took before their answer.
  const seen = { closed: 0, reset: 0, sent: 0, lost: 0 };
  const setupClient = (client) => {
    let answered = 0;
    let lost = 0;
    const waiting = () => client.reqsMade - answered - lost > 0;
    const lose = () => {
      lost++;
      seen.lost++;
    };
    client.on("request", () => seen.sent++);
    client.on("response", () => answered++);
    client.on("connError", () => {
      seen.reset++;
      if (waiting()) lose();
    });
    // `_connect` makes each new socket (the first and every reconnect); a server's FIN shows as its "end".
    const connect = client._connect;
    client._connect = function () {
      connect.call(this);
      this.conn.on("end", () => {
        if (client.destroyed || !waiting()) return;
        lose();
        seen.closed++;
      });
    };
  };
  return { setupClient, seen };
}

/** "0", or the failures by kind: non-2xx answers by status, timeouts, resets, closed unanswered. */
export function describeFailures({ statuses = [], timeouts = 0, reset = 0, closed = 0 }) {
  const kinds = [
    ...statuses.map(([code, count]) => `${code}: ${count}`),
    ...(timeouts ? [`timeouts: ${timeouts}`] : []),
    ...(reset ? [`reset: ${reset}`] : []),
    ...(closed ? [`closed unanswered: ${closed}`] : []),
  ];
  const total = statuses.reduce((sum, [, count]) => sum + count, 0) + timeouts + reset + closed;
  return total === 0 ? "0" : `${total} (${kinds.join(", ")})`;
}
