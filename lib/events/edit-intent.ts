/**
 * The buttons of the edit form: every one submits the whole form (its typed values travel with
 * it, so nothing typed is lost, with or without JavaScript). "save" saves; a status button or
 * "duplicate" acts on the saved event, so when the form holds changes that are not saved, it asks
 * first: save them, then act ("publish:save"), or act without them ("publish:discard"). Delete
 * always asks for a confirmation ("delete:confirmed"). "keep" closes a question, keeping the input;
 * "preview" shows the public changelog entry a save would add, saving nothing.
 */
export const FORM_ACTIONS = ["publish", "unpublish", "cancel", "uncancel", "duplicate"] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];

export const EVENT_FORM_INTENTS = [
  "save",
  "keep",
  "preview",
  ...FORM_ACTIONS,
  ...FORM_ACTIONS.map((a) => `${a}:save` as const),
  ...FORM_ACTIONS.map((a) => `${a}:discard` as const),
  "delete",
  "delete:confirmed",
] as const;
export type EventFormIntent = (typeof EVENT_FORM_INTENTS)[number];

export type IntentStep =
  | { kind: "save" }
  | { kind: "keep" }
  | { kind: "preview" }
  | { kind: "ask"; question: "unsaved"; action: FormAction }
  | { kind: "ask"; question: "delete" }
  | { kind: "run"; action: FormAction | "delete"; saveFirst: boolean };

/** What a button press does, given whether the form holds changes that are not saved. */
export function intentStep(intent: EventFormIntent, unsavedChanges: boolean): IntentStep {
  if (intent === "save" || intent === "keep" || intent === "preview") return { kind: intent };
  if (intent === "delete") return { kind: "ask", question: "delete" };
  if (intent === "delete:confirmed") return { kind: "run", action: "delete", saveFirst: false };
  const [action, choice] = intent.split(":") as [FormAction, "save" | "discard" | undefined];
  if (choice === undefined && unsavedChanges) return { kind: "ask", question: "unsaved", action };
  return { kind: "run", action, saveFirst: choice === "save" };
}
