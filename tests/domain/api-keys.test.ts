import { describe, expect, it } from "vitest";
import { hashApiKey, keyIdOf, mintApiKey, roleAllows } from "../../src/domain/api-keys";
import { constantTimeEqual, sha256Hex } from "../../src/domain/hashing";

describe("API keys", () => {
  it("mints a key that names its id and is stored as its SHA-256", async () => {
    const minted = await mintApiKey();
    expect(minted.id).toMatch(/^key_[0-9A-Z]{26}$/);
    expect(minted.key).toMatch(/^ctk_[0-9A-Z]{26}_[A-Za-z0-9_-]{43}$/);
    expect(keyIdOf(minted.key)).toBe(minted.id);
    expect(minted.hash).toBe(await sha256Hex(minted.key));
    expect(await hashApiKey(minted.key)).toBe(minted.hash);
    expect(minted.hash).not.toContain(minted.key.slice(-43));
  });

  it("mints a different secret every time", async () => {
    const [a, b] = await Promise.all([mintApiKey(), mintApiKey()]);
    expect(a.key).not.toBe(b.key);
    expect(a.id).not.toBe(b.id);
  });

  it("rejects strings that are not shaped like keys", () => {
    expect(keyIdOf("")).toBeNull();
    expect(keyIdOf("ctk_short_secret")).toBeNull();
    expect(keyIdOf(`ctk_${"0".repeat(26)}_${"a".repeat(42)}`)).toBeNull();
    expect(keyIdOf(`ctk_${"0".repeat(26)}_${"a".repeat(43)}`)).toBe(`key_${"0".repeat(26)}`);
  });

  it("compares secrets by value", async () => {
    expect(await constantTimeEqual("same", "same")).toBe(true);
    expect(await constantTimeEqual("same", "Same")).toBe(false);
    expect(await constantTimeEqual("short", "a much longer string")).toBe(false);
  });

  it("lets admins do what editors do, and not the other way round", () => {
    expect(roleAllows("admin", "editor")).toBe(true);
    expect(roleAllows("admin", "admin")).toBe(true);
    expect(roleAllows("editor", "editor")).toBe(true);
    expect(roleAllows("editor", "admin")).toBe(false);
  });
});
