import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NGINX } from "../lib/nginx";
import { benchNginxConfig, proxyConfig, readDeployConfig } from "./nginx-config";

const deploy = readDeployConfig();
const templated = (cacheDir = "/tmp/x/cache") => proxyConfig(deploy, { listenPort: 18081, appPorts: [4001, 4002], cacheDir });

describe("deploy/nginx.conf as the bench uses it", () => {
  it("keeps every caching rule and only swaps ports, paths and TLS", () => {
    const conf = templated();
    expect(conf).toContain("listen 127.0.0.1:18081;");
    expect(conf).toContain("server 127.0.0.1:4001 max_fails=1 fail_timeout=5s;\n    server 127.0.0.1:4002");
    expect(conf).toContain("proxy_cache_path /tmp/x/cache ");
    expect(conf).not.toMatch(/ssl_|listen 443|return 301/);
    for (const rule of ["proxy_cache_revalidate on;", "proxy_cache_background_update on;", "proxy_cache_lock on;", "proxy_cache_bypass $japan_asean_signed_in;", "proxy_no_cache $japan_asean_signed_in;"]) {
      expect(conf).toContain(rule);
    }
    expect(conf).toMatch(/proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;/);
    // Every other line of the production file is there unchanged, in the same order.
    const kept = deploy
      .replace(/^server \{[^{}]*return 301 https[^{}]*\}\n/m, "")
      .split("\n").filter((line) => !/listen|ssl_|server 127\.0\.0\.1|proxy_cache_path|return 301/.test(line));
    let at = 0;
    for (const line of kept.slice(kept.indexOf("upstream japan_asean_app {"))) {
      const found = conf.split("\n").indexOf(line, at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });

  it("sends HSTS from the TLS server, and no location adds headers that would drop it", () => {
    const servers = deploy.split(/^server \{/m).slice(1);
    const tls = servers.filter((block) => block.includes("listen 443 ssl"));
    expect(tls).toHaveLength(1);
    expect(tls[0]).toMatch(/^ {4}add_header Strict-Transport-Security "max-age=\d{8,}" always;$/m);
    expect(tls[0].match(/^ {8}add_header/m)).toBeNull();
    expect(servers.find((block) => block.includes("return 301"))).not.toContain("Strict-Transport-Security");
  });

  it("fails loudly when the production file no longer has the expected shape", () => {
    expect(() => proxyConfig(deploy.replace("listen 443 ssl http2;", "listen 8443 ssl;"), { listenPort: 1, appPorts: [2], cacheDir: "/c" })).toThrow(/IPv4 TLS listen/);
    expect(() => proxyConfig(deploy.replace(/^proxy_cache_path .*$/m, ""), { listenPort: 1, appPorts: [2], cacheDir: "/c" })).toThrow(/proxy_cache_path/);
  });

  it.skipIf(!fs.existsSync(NGINX))("is accepted by nginx -t, with the static reference server", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nginx-conf-test-"));
    try {
      const file = path.join(dir, "nginx.conf");
      fs.writeFileSync(file, benchNginxConfig({ dir, staticPort: 18080, staticRoot: dir, proxy: templated(path.join(dir, "cache")) }));
      const check = spawnSync(NGINX, ["-t", "-q", "-p", dir, "-c", file, "-e", path.join(dir, "error.log")], { encoding: "utf8" });
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
