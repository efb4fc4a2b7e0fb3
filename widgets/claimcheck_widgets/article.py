"""The article view: the article as flowing paragraphs, each claim highlighted by its label.

One anywidget instead of a button per claim: the markup comes from ``claimcheck.report``'s
autoescaped template (the same the HTML report shows), the view only turns clicks and keys into
a selected claim id. Keys: up/down or k/j move through the claims (in the table's order), Enter
opens the selected claim's evidence.
"""

from __future__ import annotations

from typing import Any

import anywidget
import traitlets

_ESM = r"""
function render({ model, el }) {
  el.classList.add("cc-article-view");
  el.tabIndex = 0;
  // JupyterLab binds j/k, the arrows and Enter to notebook commands; inside the article they
  // are ours (Lumino skips shortcuts under this attribute).
  el.dataset.lmSuppressShortcuts = "true";
  el.setAttribute("role", "listbox");
  el.setAttribute("aria-label", "Article: claims highlighted by label; up/down or j/k move, Enter opens the evidence");
  const mark = () => {
    const selected = model.get("selected");
    for (const node of el.querySelectorAll(".cc-claim")) {
      const on = node.dataset.claim === selected;
      node.classList.toggle("cc-selected", on);
      node.setAttribute("aria-selected", on ? "true" : "false");
    }
    const first = selected && el.querySelector(`.cc-claim[data-claim="${CSS.escape(selected)}"]`);
    if (first && el.contains(document.activeElement)) first.scrollIntoView({ block: "nearest" });
  };
  const draw = () => { el.innerHTML = model.get("html"); mark(); };
  const choose = (id) => { model.set("selected", id); model.save_changes(); };
  el.addEventListener("click", (event) => {
    const claim = event.target.closest(".cc-claim");
    if (claim && el.contains(claim)) { el.focus({ preventScroll: true }); choose(claim.dataset.claim); }
  });
  el.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const order = model.get("order");
    if (!order.length) return;
    const at = order.indexOf(model.get("selected"));
    let step = 0;
    if (event.key === "ArrowDown" || event.key === "j") step = 1;
    else if (event.key === "ArrowUp" || event.key === "k") step = -1;
    else if (event.key === "Enter") {
      event.preventDefault();
      event.stopPropagation();
      if (at >= 0) {
        model.send({ event: "open", claim: order[at] });
        const panel = el.closest(".cc-workbench")?.querySelector(".cc-evidence-panel");
        if (panel) { panel.scrollIntoView({ block: "nearest" }); }
      }
      return;
    } else return;
    // JupyterLab's notebook also binds j/k and the arrows (cell navigation): keep them here.
    event.preventDefault();
    event.stopPropagation();
    const next = at < 0 ? (step > 0 ? 0 : order.length - 1)
      : Math.min(order.length - 1, Math.max(0, at + step));
    choose(order[next]);
  });
  model.on("change:html", draw);
  model.on("change:selected", mark);
  draw();
}
export default { render };
"""


class ArticleView(anywidget.AnyWidget):
    """The article's paragraphs with claims highlighted; ``selected`` is the claim picked.

    Examples
    --------
    >>> view = ArticleView(html='<p><span class="cc-claim" data-claim="c1">x</span></p>')
    >>> view.order = ["c1", "c2"]
    >>> opened = []
    >>> view.on_open(opened.append)
    >>> view.selected = "c2"
    >>> view.receive({"event": "open", "claim": "c2"})
    >>> opened
    ['c2']
    """

    _esm = _ESM
    html = traitlets.Unicode("", help="the article's markup, every text in it escaped").tag(
        sync=True
    )
    selected = traitlets.Unicode(None, allow_none=True, help="the id of the claim selected").tag(
        sync=True
    )
    order = traitlets.List(
        traitlets.Unicode(), help="claim ids in the order the keys move through them"
    ).tag(sync=True)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._open_handlers: list[Any] = []
        self.on_msg(lambda _widget, content, _buffers: self.receive(content))

    def on_open(self, handler: Any) -> None:
        """Call ``handler(claim_id)`` when the reader presses Enter on a claim."""
        self._open_handlers.append(handler)

    def receive(self, content: Any) -> None:
        """Handle a message from the page (``{"event": "open", "claim": id}`` on Enter)."""
        if isinstance(content, dict) and content.get("event") == "open":
            claim_id = content.get("claim")
            if isinstance(claim_id, str):
                for handler in self._open_handlers:
                    handler(claim_id)
