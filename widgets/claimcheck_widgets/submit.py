"""A button whose click carries the form it submits.

Why not ``ipywidgets.Button``: its click and the edits before it travel as separate messages,
one per widget, and the kernel need not handle them in the order they were sent. JupyterLab 4.4+
sends widget messages on a kernel subshell, and ipykernel 7 handles a widget message that arrives
while an earlier one is still being dispatched without waiting for it. Measured in the browser
tests: the note typed in the review form left the page before the click on "Use this record",
and reached the kernel after it, so the review was recorded without its note. This button reads
the fields' state in the page when it is clicked and sends it in the click's own message; the
kernel applies that state, in the order the fields are listed, before the handlers run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import anywidget
import ipywidgets as widgets
import traitlets

_ESM = r"""
function render({ model, el }) {
  const button = document.createElement("button");
  button.className = "jupyter-widgets jupyter-button widget-button";
  // The widget keeps the margin a widget has; the button fills it.
  el.classList.add("jupyter-widgets");
  button.style.width = "100%";
  button.style.margin = "0";
  const draw = () => {
    button.textContent = model.get("description");
    button.title = model.get("tooltip");
    button.disabled = model.get("disabled");
    button.classList.toggle("mod-primary", model.get("button_style") === "primary");
  };
  button.addEventListener("click", async () => {
    // The page's state of each field now, not what the kernel has heard of it yet.
    const states = [];
    for (const [ref, key] of model.get("fields")) {
      const field = await model.widget_manager.get_model(ref.slice("IPY_MODEL_".length));
      states.push({ [key]: field.get(key) });
    }
    model.send({ event: "click", states });
  });
  for (const name of ["description", "tooltip", "disabled", "button_style"]) {
    model.on(`change:${name}`, draw);
  }
  draw();
  el.appendChild(button);
}
export default { render };
"""


class SubmitButton(anywidget.AnyWidget):
    """A button like ``ipywidgets.Button`` whose page click also submits its ``fields``.

    ``fields`` pairs each widget with the attribute the page keeps for it: ``"value"`` for text
    boxes, ``"index"`` for dropdowns and lists, ``"selected"`` for the article view.

    Examples
    --------
    >>> note = widgets.Textarea()
    >>> button = SubmitButton(description="Record", fields=[(note, "value")])
    >>> seen = []
    >>> button.on_click(lambda _button: seen.append(note.value))
    >>> button.receive({"event": "click", "states": [{"value": "typed in the page"}]})
    >>> seen
    ['typed in the page']
    """

    _esm = _ESM
    description = traitlets.Unicode("", help="the button's caption").tag(sync=True)
    tooltip = traitlets.Unicode("", help="shown on hover").tag(sync=True)
    disabled = traitlets.Bool(False, help="a disabled button cannot be clicked").tag(sync=True)
    button_style = traitlets.Unicode("", help='"primary" or "" (as ipywidgets)').tag(sync=True)
    fields = traitlets.List(
        traitlets.Tuple(traitlets.Instance(widgets.Widget), traitlets.Unicode()),
        help="(widget, attribute) pairs whose page state the click carries",
    ).tag(sync=True, **widgets.widget_serialization)

    def __init__(self, fields: Iterable[tuple[widgets.Widget, str]] = (), **kwargs: Any) -> None:
        # As wide as its caption, not as the box it sits in (a column stretches its items), so
        # a click anywhere on the widget is on the button; in a narrow row it shrinks, as
        # ``ipywidgets.Button`` does, and its caption ends in an ellipsis.
        kwargs.setdefault(
            "layout",
            widgets.Layout(width="fit-content", align_self="flex-start", overflow="hidden"),
        )
        super().__init__(fields=[tuple(field) for field in fields], **kwargs)
        self._click_handlers = widgets.CallbackDispatcher()
        self.on_msg(lambda _widget, content, _buffers: self.receive(content))

    def on_click(self, handler: Callable[[SubmitButton], Any]) -> None:
        """Call ``handler(button)`` on every click, as ``ipywidgets.Button.on_click`` does."""
        self._click_handlers.register_callback(handler)

    def click(self) -> None:
        """Run the click handlers with the fields as the kernel has them (Python's own click)."""
        self._click_handlers(self)

    def receive(self, content: Any) -> None:
        """Handle the page's click: apply the fields' state it carries, then run the handlers."""
        if not isinstance(content, dict) or content.get("event") != "click":
            return
        states = content.get("states")
        if isinstance(states, list) and len(states) == len(self.fields):
            for (field, key), state in zip(self.fields, states, strict=True):
                if isinstance(state, dict) and set(state) == {key}:
                    # As if the page's own update had come first: no echo back to the page.
                    field.set_state(state)
        self.click()
