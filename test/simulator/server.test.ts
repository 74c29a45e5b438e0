import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { startSimulatorServer, withFakeOffice, type RunningSimulator } from "../../dev/simulator/server/server";

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xsi:type="MailApp">
  <DisplayName DefaultValue="Send Guard"><Override Locale="da-DK" Value="Sendevagt"/></DisplayName>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
      <Hosts><Host xsi:type="MailHost">
        <Runtimes><Runtime resid="Commands.Url"><Override type="javascript" resid="Js.Url"/></Runtime></Runtimes>
        <DesktopFormFactor>
          <ExtensionPoint xsi:type="MessageComposeCommandSurface">
            <OfficeTab id="TabDefault"><Group id="g"><Label resid="G.Label"/>
              <Control xsi:type="Button" id="msgComposeOpenPaneButton">
                <Label resid="Pane.Label"/>
                <Action xsi:type="ShowTaskpane"><SourceLocation resid="Taskpane.Url"/></Action>
              </Control>
            </Group></OfficeTab>
          </ExtensionPoint>
          <ExtensionPoint xsi:type="LaunchEvent">
            <LaunchEvents><LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock"/></LaunchEvents>
            <SourceLocation resid="Commands.Url"/>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host></Hosts>
      <Resources>
        <bt:Urls>
          <bt:Url id="Commands.Url" DefaultValue="https://sendevagt.example.dk/addin/commands.html"/>
          <bt:Url id="Taskpane.Url" DefaultValue="https://sendevagt.example.dk/addin/taskpane.html"/>
        </bt:Urls>
        <bt:ShortStrings><bt:String id="Pane.Label" DefaultValue="Check mail"><bt:Override Locale="da-DK" Value="Kontrollér mail"/></bt:String></bt:ShortStrings>
      </Resources>
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>`;

describe("the simulator's server", () => {
  let tmp: string;
  let server: RunningSimulator;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sendevagt-sim-"));
    const dist = path.join(tmp, "dist");
    const examples = path.join(tmp, "examples");
    const page = path.join(tmp, "page");
    for (const d of [dist, examples, page, path.join(tmp, "bundles")]) fs.mkdirSync(d);
    fs.writeFileSync(
      path.join(dist, "commands.html"),
      '<html><head><script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="commands.js"></script></head></html>',
    );
    fs.writeFileSync(path.join(dist, "manifest.xml"), MANIFEST);
    fs.writeFileSync(path.join(examples, "policy.randers.json"), '{"organization":{"name":"Randers Kommune","domains":["randers.dk"]}}');
    fs.writeFileSync(path.join(examples, "policy.minimal.json"), '{"organization":{"name":"Mini","domains":["mini.dk"]}}');
    fs.writeFileSync(path.join(page, "index.html"), "<p>simulator</p>");
    fs.writeFileSync(path.join(tmp, "secret.txt"), "outside");
    server = await startSimulatorServer({ distDir: dist, bundleDir: path.join(tmp, "bundles"), pageDir: page, examplesDir: examples, port: 0 });
  });

  afterAll(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const get = (p: string) => fetch(new URL(p, server.loopbackUrl));

  /** A request with the path exactly as written and any Host header (fetch would fix both up). */
  function rawGet(p: string, host = `127.0.0.1:${server.port}`): Promise<{ status: number }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port: server.port, path: p, method: "GET", headers: { Host: host }, setHost: false }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("serves the add-in's pages with the fake Office in place of Microsoft's CDN script", async () => {
    const html = await (await get("/hosted/randers/commands.html")).text();
    expect(html).toContain('<script src="/simulator/office-frame.js"></script><script defer src="commands.js"></script>');
    expect(html).not.toContain("appsforoffice");
  });

  it("serves each policy choice as policy.json beside its hosted copy of the add-in", async () => {
    expect(await (await get("/hosted/minimal/policy.json")).json()).toEqual({ organization: { name: "Mini", domains: ["mini.dk"] } });
    expect((await get("/hosted/none/policy.json")).status).toBe(404);
    await expect((await get("/hosted/broken-json/policy.json")).text().then((t) => JSON.parse(t))).rejects.toThrow();
    expect((await get("/hosted/broken-schema/policy.json")).status).toBe(200);
  });

  it("reads the add-in's name, send function and pane button from the manifest", async () => {
    const config = await (await get("/__simulator/config.json")).json();
    expect(config.addin).toEqual({
      displayName: "Send Guard",
      displayNames: { "da-DK": "Sendevagt" },
      functionName: "onMessageSendHandler",
      // the manifest's production URLs sit under /addin/; the simulator serves dist/ at its root
      commandsPath: "/commands.html",
      paneButtons: [{ id: "msgComposeOpenPaneButton", label: "Check mail", labels: { "da-DK": "Kontrollér mail" }, path: "/taskpane.html" }],
    });
    expect(config.policies.map((p: { id: string }) => p.id)).toEqual(["randers", "minimal", "none", "broken-json", "broken-schema"]);
  });

  it("refuses paths that climb out of the served folders", async () => {
    expect((await get("/%2e%2e/secret.txt")).status).toBe(404);
    expect((await get("/simulator/..%2f..%2fsecret.txt")).status).toBe(404);
  });

  // Issue 12: a malformed path used to throw an uncaught URIError and end `npm start`.
  it("answers 400 to paths whose escapes are not valid UTF-8, and keeps serving", async () => {
    for (const bad of ["/%E0%A4%A", "/%", "/simulator/%C3%28", "/hosted/randers/%FF", "/%E0%A4%A/policy.json"]) {
      expect([bad, (await rawGet(bad)).status]).toEqual([bad, 400]);
    }
    expect((await get("/policy.json")).status).toBe(200);
  });

  it("answers only to localhost by name or loopback address", async () => {
    for (const host of ["localhost", `localhost:${server.port}`, "127.0.0.1", `127.0.0.1:${server.port}`, "[::1]", `[::1]:${server.port}`, "LOCALHOST"]) {
      expect([host, (await rawGet("/policy.json", host)).status]).toEqual([host, 200]);
    }
    for (const host of ["evil.example", "evil.example:80", "localhost.evil.example", "127.0.0.1.nip.io", "127.0.0.2", "", "localhost:3000@evil.example"]) {
      expect([host, (await rawGet("/policy.json", host)).status]).toEqual([host, 400]);
    }
  });

  it("inserts the fake Office first when a page has no office.js tag", () => {
    expect(withFakeOffice("<html><head><title>x</title></head></html>")).toBe(
      '<html><head><script src="/simulator/office-frame.js"></script><title>x</title></head></html>',
    );
  });
});
