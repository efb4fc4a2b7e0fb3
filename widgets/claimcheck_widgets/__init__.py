"""claimcheck's Jupyter layer: the review workbench and the ``%%claimcheck`` magic.

Load it in a notebook with ``%load_ext claimcheck_widgets``: that registers ``%%claimcheck`` and
``%claimcheck`` and makes every ``CheckResult`` display as a :class:`Workbench`. The widgets only
render results and record reviews; every verdict comes from ``claimcheck`` itself.
"""

from __future__ import annotations

from typing import Any

from claimcheck_widgets.workbench import Workbench

__all__ = ["Workbench", "load_ipython_extension", "unload_ipython_extension"]


def load_ipython_extension(ipython: Any) -> None:
    """Register the magics and the workbench display (``%load_ext claimcheck_widgets``)."""
    # The magics module imports IPython's magic machinery: only pay for it when loaded.
    from claimcheck_widgets.magics import register

    register(ipython)


def unload_ipython_extension(ipython: Any) -> None:
    """Undo :func:`load_ipython_extension` (``%unload_ext claimcheck_widgets``)."""
    from claimcheck_widgets.magics import unregister

    unregister(ipython)
