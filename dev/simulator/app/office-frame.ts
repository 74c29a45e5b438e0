// Loaded by the add-in's own pages (commands.html, taskpane.html) in place of Microsoft's office.js
// when the simulator serves them: it installs the simulator's fake Office before the add-in's
// scripts run, exactly where office.js would have defined it.
import "./bridge";

function hostBridge(): Window["__sendevagtSimulator"] {
  try {
    return window.parent !== window ? window.parent.__sendevagtSimulator : undefined;
  } catch {
    return undefined; // a cross-origin parent: not the simulator
  }
}

const bridge = hostBridge();
if (bridge) {
  (window as unknown as { Office: unknown }).Office = bridge.officeFor(window);
} else {
  document.addEventListener("DOMContentLoaded", () => {
    const note = document.createElement("p");
    note.textContent = "Denne side er en del af Sendevagt-tilføjelsesprogrammet og kører inde i Outlook eller i simulatoren (npm start).";
    note.style.cssText = "font: 14px system-ui; padding: 12px; background: #fff4ce;";
    document.body.prepend(note);
  });
}
