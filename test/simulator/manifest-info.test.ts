import fs from "node:fs";
import path from "node:path";
import { readAddinInfo } from "../../dev/simulator/server/manifest-info";
import { PANE_COMMAND_ID } from "../../src/commands/alert";

describe("the simulator reads the project's manifest.xml as Outlook would", () => {
  const info = readAddinInfo(fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8"));

  it("finds the send handler's function and its page", () => {
    expect(info.functionName).toBe("onMessageSendHandler");
    expect(info.commandsPath).toBe("/commands.html");
  });

  it("finds the pane button the Smart Alert's commandId names, with its Danish label", () => {
    const button = info.paneButtons.find((b) => b.id === PANE_COMMAND_ID);
    expect(button?.path).toBe("/taskpane.html");
    expect(button?.labels["da-DK"]).toBe("Kontrollér mail");
  });

  it("finds the add-in's name", () => {
    expect(info.displayNames["da-DK"] ?? info.displayName).toBe("Sendevagt");
  });
});
