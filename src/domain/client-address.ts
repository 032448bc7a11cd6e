/**
 * What the per-IP rate limits count for a `CF-Connecting-IP` value: the IPv4 address itself; for
 * IPv6 its /64 prefix, the block one subscriber gets, so a client cannot step round a limit by
 * changing addresses inside it. Without the header (local tools) every caller shares "unknown".
 */
export function rateLimitAddress(header: string | undefined): string {
  const ip = header?.trim().toLowerCase().slice(0, 64);
  if (!ip) return "unknown";
  if (!ip.includes(":")) return ip;
  // IPv4-mapped and NAT64 forms end in the IPv4 address the client really has.
  const v4 = /(?:^|:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip);
  if (v4?.[1]) return v4[1];
  const [head = "", tail] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0");
  const groups = tail === undefined ? left : [...left, ...zeros, ...right];
  const prefix = groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ""));
  return `${prefix.join(":")}::/64`;
}
