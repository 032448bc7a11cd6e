import { describe, expect, it } from "vitest";
import { MAX_WEBHOOK_URL_LENGTH, webhookUrlProblem } from "../../src/domain/webhook-url";

const IP = /not an IP address/;
const LOCAL = /not localhost or a local-network name/;
const FQDN = /fully qualified public host name/;
const HTTPS = /^must use https$/;
const PREFIX = /must start with https:\/\/ followed by the host name/;
const CREDENTIALS = /must not carry a user name or password/;
const PORT = /default https port/;

describe("webhookUrlProblem in production", () => {
  it.each<[string, RegExp]>([
    // IPv4 in every notation the parser understands
    ["https://127.0.0.1/hooks", IP],
    ["https://2130706433/", IP],
    ["https://0x7f.1/", IP],
    ["https://0x7f000001/", IP],
    ["https://0177.0.0.1/", IP],
    ["https://127.1/", IP],
    ["https://127.0.0.%31/", IP],
    ["https://127\u30020\u30020\u30021/", IP],
    ["https://0.0.0.0/", IP],
    ["https://169.254.169.254/latest/meta-data/", IP],
    ["https://10.0.0.1/", IP],
    ["https://192.168.1.1/", IP],
    ["https://8.8.8.8/", IP],
    // IPv6 literals
    ["https://[::1]/", IP],
    ["https://[::]/", IP],
    ["https://[fe80::1]/", IP],
    ["https://[::ffff:127.0.0.1]/", IP],
    ["https://[::ffff:7f00:1]/", IP],
    ["https://[2001:db8::1]/", IP],
    // a last label of digits is no public name (the parser may already refuse it as a bad IPv4)
    ["https://example.123/", /fully qualified public host name|valid absolute URL/],
    // loopback and local-network names
    ["https://localhost/", LOCAL],
    ["https://LOCALHOST./", LOCAL],
    ["https://loc%61lhost/", LOCAL],
    ["https://foo.localhost/", LOCAL],
    ["https://printer.local/", LOCAL],
    ["https://db.internal/", LOCAL],
    ["https://router.home.arpa/", LOCAL],
    ["https://nas.lan/", LOCAL],
    ["https://wiki.intranet/", LOCAL],
    ["https://mail.corp/", LOCAL],
    // names that are not fully qualified
    ["https://intranet/", FQDN],
    ["https://hooks./", FQDN],
    ["https://example..com/", FQDN],
    ["https://.example.com/", FQDN],
    // schemes
    ["http://hooks.newsroom.example/claimtrail", HTTPS],
    ["HTTP://hooks.newsroom.example/claimtrail", HTTPS],
    ["ftp://hooks.newsroom.example/claimtrail", HTTPS],
    ["javascript:alert(1)", HTTPS],
    ["data:text/plain,hello", HTTPS],
    ["file:///etc/passwd", HTTPS],
    // text the parser would repair into something else
    ["https:///x", PREFIX],
    ["https:\\\\evil.example", PREFIX],
    ["https:/\\evil.example/", PREFIX],
    ["https:evil.example/", PREFIX],
    ["https://hooks.example\\@evil.example/", /rather than \\/],
    [" https://hooks.newsroom.example/", /spaces or control characters/],
    ["https://hooks.newsroom.exa\tmple/", /spaces or control characters/],
    ["https://localhost\n/", /spaces or control characters/],
    // credentials
    ["https://user:pass@hooks.newsroom.example/", CREDENTIALS],
    ["https://user@hooks.newsroom.example/", CREDENTIALS],
    ["https://@hooks.newsroom.example/", CREDENTIALS],
    ["https://:@hooks.newsroom.example/", CREDENTIALS],
    ["https://hooks.newsroom.example:443@evil.example/", CREDENTIALS],
    // ports
    ["https://hooks.newsroom.example:8443/", PORT],
    ["https://hooks.newsroom.example:80/", PORT],
    ["https://hooks.newsroom.example:0/", PORT],
    // no host at all
    ["https://./", /must name a host/],
    ["https://", /valid absolute URL/],
    ["https://?x=1", /valid absolute URL/],
    ["", /valid absolute URL/],
    ["/relative/path", /valid absolute URL/],
    // too long
    [`https://hooks.newsroom.example/${"a".repeat(MAX_WEBHOOK_URL_LENGTH)}`, /at most 2048 characters/],
  ])("refuses %j", (url, reason) => {
    const problem = webhookUrlProblem(url, false);
    expect(problem).not.toBeNull();
    expect(problem).toMatch(reason);
  });

  it.each([
    "https://hooks.newsroom.example/claimtrail",
    "https://hooks.newsroom.example/claimtrail?token=abc&v=2",
    "https://hooks.newsroom.example:443/claimtrail",
    "https://hooks.newsroom.example./claimtrail",
    "https://bücher.example/hooks",
    "https://api.hooks.newsroom.example/v1/tenants/42/webhooks/claimtrail/events",
    "HTTPS://Hooks.Newsroom.Example/claimtrail",
    "https://1password.example.co.uk/hooks",
    "https://hooks.newsroom.example/mentions/@claimtrail",
    "https://hooks.newsroom.example/claimtrail?path=a\\b",
  ])("accepts %j", (url) => {
    expect(webhookUrlProblem(url, false)).toBeNull();
  });

  it("accepts a URL of exactly the maximum length", () => {
    const prefix = "https://hooks.newsroom.example/";
    const url = prefix + "a".repeat(MAX_WEBHOOK_URL_LENGTH - prefix.length);
    expect(url).toHaveLength(MAX_WEBHOOK_URL_LENGTH);
    expect(webhookUrlProblem(url, false)).toBeNull();
  });
});

describe("webhookUrlProblem with private webhooks allowed (local development)", () => {
  it.each([
    "http://127.0.0.1:8123/hooks",
    "http://localhost:3000/x",
    "https://[::1]:8443/x",
    "http://printer.local/",
    "http://intranet/",
    "https://hooks.newsroom.example/claimtrail",
  ])("accepts %j", (url) => {
    expect(webhookUrlProblem(url, true)).toBeNull();
  });

  it.each<[string, RegExp]>([
    ["http://user:pass@127.0.0.1:8123/hooks", CREDENTIALS],
    ["http://@localhost:3000/x", CREDENTIALS],
    ["ftp://127.0.0.1/hooks", /must use http or https/],
    ["javascript:alert(1)", /must use http or https/],
    ["http:///x", /must start with http:\/\/ or https:\/\/ followed by the host name/],
    ["http://./", /must name a host/],
    ["http://", /valid absolute URL/],
  ])("still refuses %j", (url, reason) => {
    expect(webhookUrlProblem(url, true)).toMatch(reason);
  });
});
