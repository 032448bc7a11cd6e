/** A D1 binding that counts round trips: each statement run on its own, and each batch, is one, in any of its sessions. */
export function countingD1(db: D1Database): { db: D1Database; roundTrips: () => number } {
  let count = 0;
  const originals = new WeakMap<object, D1PreparedStatement>();
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement => {
    const proxy = new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (typeof value !== "function") return value;
        if (property === "bind") return (...args: unknown[]) => wrap(value.apply(target, args));
        if (["all", "first", "run", "raw"].includes(String(property))) {
          return (...args: unknown[]) => {
            count++;
            return value.apply(target, args);
          };
        }
        return value.bind(target);
      },
    });
    originals.set(proxy, statement);
    return proxy;
  };
  // A session (`withSession`, http/d1-session.ts) counts into the same total as the database.
  const counted = <T extends D1Database | D1DatabaseSession>(target: T): T =>
    new Proxy(target, {
      get(target, property) {
        if (property === "prepare") return (query: string) => wrap(target.prepare(query));
        if (property === "batch") {
          return (statements: D1PreparedStatement[]) => {
            count++;
            return target.batch(statements.map((s) => originals.get(s) ?? s));
          };
        }
        if (property === "withSession" && "withSession" in target) {
          return (constraint?: string) => counted(target.withSession(constraint));
        }
        const value = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return { db: counted(db), roundTrips: () => count };
}
