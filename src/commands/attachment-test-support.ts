// Test-only helpers for mails with attachments on the shared fake compose item: Outlook's base64
// content, and an attachment whose content call always fails (same in the pane and the handler).
import { strToU8 } from "fflate";
import type { createFakeComposeItem } from "../../dev/fake-office/compose-item";

type Fake = ReturnType<typeof createFakeComposeItem>;

export function toBase64(data: Uint8Array | string): string {
  const bytes = typeof data === "string" ? strToU8(data) : data;
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Every getAttachmentContentAsync for the attachment named `name` fails, as a flaky server would. */
export function failContentOf(fake: Fake, name: string): void {
  const original = fake.item.getAttachmentContentAsync.bind(fake.item);
  fake.item.getAttachmentContentAsync = (id, a, b) => {
    const callback = typeof a === "function" ? a : b;
    const target = fake.state.attachments.find((x) => x.name === name);
    if (target && target.id === id) {
      fake.calls.push({ method: "getAttachmentContentAsync", args: [id] });
      setTimeout(() => callback?.({ status: "failed", value: undefined as never, error: { code: 9002, name: "InternalServerError", message: "x" }, asyncContext: undefined }), 0);
      return;
    }
    original(id, a, b);
  };
}
