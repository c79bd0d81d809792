// Saring review: the editor's name, verdict buttons, marking selected text as noise, importing.
// Everything the server sent is already in the page as escaped text; this script only reads
// values and posts JSON, and writes messages with textContent, never as HTML.
"use strict";

const NAME_KEY = "saring-review-editor";

function editorName() {
  return (localStorage.getItem(NAME_KEY) || "").trim();
}

function say(message, isError) {
  const status = document.getElementById("status");
  status.textContent = message;
  status.className = isError ? "error" : "ok";
}

async function postJson(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof data.detail === "string" ? data.detail : response.statusText;
    throw new Error(detail);
  }
  return data;
}

function needName() {
  if (editorName()) return false;
  say("Enter your name first (top right): every verdict records who gave it.", true);
  document.getElementById("editor-name").focus();
  return true;
}

function setUpEditorName() {
  const input = document.getElementById("editor-name");
  input.value = editorName();
  document.getElementById("editor-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const name = input.value.trim();
    if (!name) return say("A name cannot be empty.", true);
    localStorage.setItem(NAME_KEY, name);
    say(`Verdicts will be recorded as ${name}.`, false);
  });
}

function setUpJudgeButtons() {
  document.querySelectorAll("button.judge").forEach((button) => {
    button.addEventListener("click", async () => {
      if (needName()) return;
      const { flagId, kind } = button.dataset;
      try {
        const result = await postJson("/api/verdicts/flag", { flag_id: flagId, kind, editor: editorName() });
        const holder = button.closest("li.flag, tr");
        const judged = holder && holder.querySelector(".judged");
        if (judged) judged.textContent = kind;
        say(`Saved: ${kind.replace("_", " ")} for ${result.applies_to} flag(s) of this rule with this text.`, false);
      } catch (error) {
        say(`Not saved: ${error.message}`, true);
      }
    });
  });
}

function setUpMarking() {
  const form = document.getElementById("mark-form");
  if (!form) return;
  const field = document.getElementById("mark-text");
  // A selection inside either column fills the field; the editor can still trim it by hand.
  document.addEventListener("selectionchange", () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.anchorNode) return;
    const pane = selection.anchorNode.parentElement && selection.anchorNode.parentElement.closest(".selectable");
    if (pane) field.value = selection.toString().trim().slice(0, 500);
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (needName()) return;
    const text = field.value.trim();
    if (!text) return say("Select the text to mark first.", true);
    try {
      const category = document.getElementById("mark-category").value;
      await postJson("/api/verdicts/noise", { doc_id: form.dataset.docId, text, category, editor: editorName() });
      say(`Marked as ${category}: it will be removed wherever it recurs, from the next run on.`, false);
    } catch (error) {
      say(`Not saved: ${error.message}`, true);
    }
  });
}

function setUpImport() {
  const form = document.getElementById("import-form");
  if (!form) return;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = document.getElementById("import-file").files[0];
    if (!file) return say("Choose a file exported from Saring first.", true);
    try {
      const result = await postJson("/api/verdicts/import", JSON.parse(await file.text()));
      say(`Imported ${result.added} verdict(s); ${result.already_held} were already here.`, false);
    } catch (error) {
      say(`Not imported: ${error.message}`, true);
    }
  });
}

setUpEditorName();
setUpJudgeButtons();
setUpMarking();
setUpImport();
