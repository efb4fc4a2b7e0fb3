"""Helpers for the real-browser tests: a throwaway JupyterLab server and notebook driving.

Follows ``shared/recipes/jupyterlab-browser-tests.md``: Debian's Chromium through Playwright (never
``playwright install``), an isolated Jupyter configuration, readiness by ``/api/status``, and waits
on conditions (prompts numbered, kernel idle, widget visible), never on sleeps.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
IDLE_STATUS = "Python 3 (ipykernel) | Idle"


def chromium_or_skip() -> str:
    """Debian's Chromium; skip when it is missing, unless CLAIMCHECK_REQUIRE_BROWSER=1 (fail)."""
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
    )
    if found:
        return found
    reason = (
        "Chromium not found: install Debian's chromium (apt-get install -y chromium) "
        "to run the browser tests"
    )
    if os.environ.get("CLAIMCHECK_REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " (CLAIMCHECK_REQUIRE_BROWSER=1 requires them)")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LabServer:
    """A JupyterLab server on 127.0.0.1 serving ``root``, with its own config and runtime dirs."""

    def __init__(self, root: Path, home: Path) -> None:
        self.root, self.home = root, home
        self.port = _free_port()
        self.token = secrets.token_hex(16)
        self.log_path = home / "jupyterlab.log"
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, *, timeout: float = 90.0) -> None:
        env = dict(os.environ)
        for name in (
            "JUPYTER_CONFIG_DIR",
            "JUPYTER_DATA_DIR",
            "JUPYTER_RUNTIME_DIR",
            "JUPYTERLAB_SETTINGS_DIR",
            "JUPYTERLAB_WORKSPACES_DIR",
            "IPYTHONDIR",
        ):
            env[name] = str(self.home / name.lower())
            Path(env[name]).mkdir(parents=True, exist_ok=True)
        # The news toast can cover widgets; switch it off before the page loads.
        settings = Path(env["JUPYTERLAB_SETTINGS_DIR"]) / "@jupyterlab" / "apputils-extension"
        settings.mkdir(parents=True, exist_ok=True)
        (settings / "notification.jupyterlab-settings").write_text(
            json.dumps({"fetchNews": "false", "checkForUpdates": False})
        )
        command = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--allow-root",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--ServerApp.terminals_enabled=False",
        ]
        log = self.log_path.open("wb")
        # A new session: a killed pytest leaves no server behind in its process group.
        self._process = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited at start:\n{self.log_tail()}")
            if self._ready():
                return
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"JupyterLab not ready after {timeout:.0f} s:\n{self.log_tail()}")

    def _ready(self) -> bool:
        request = urllib.request.Request(
            f"{self.url}/api/status", headers={"Authorization": f"token {self.token}"}
        )
        try:
            with urllib.request.urlopen(request, timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def api(self, path: str) -> object:
        request = urllib.request.Request(
            f"{self.url}{path}", headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def notebook_url(self, relative: str, workspace: str) -> str:
        return f"{self.url}/lab/workspaces/{workspace}/tree/{relative}?token={self.token}"

    def stop(self) -> None:
        """SIGTERM the server (it shuts its kernels down), then make sure nothing survived."""
        process = self._process
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def write_notebook(path: Path, sources: list[str]) -> None:
    """A notebook of code cells, with the python3 kernel named so no kernel dialog appears."""
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(source) for source in sources]
    )
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    nbformat.write(notebook, path)


def wait_kernel_idle(page, *, timeout: float = 60_000) -> None:
    """Both the toolbar indicator and the status bar say idle (a kernel exists and is idle)."""
    from playwright.sync_api import expect

    expect(page.get_by_text(IDLE_STATUS).first).to_be_visible(timeout=timeout)


def run_all(page, *, code_cells: int, timeout: float = 120_000) -> None:
    """Run every cell from the Run menu and wait until each prompt is numbered and idle again."""
    wait_kernel_idle(page)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    wait_all_run(page, code_cells=code_cells, timeout=timeout)


def restart_and_run_all(page, *, code_cells: int, timeout: float = 120_000) -> None:
    """Restart the kernel from the Kernel menu, confirm, and run every cell again.

    The outputs of the first run are marked first, so the wait ends on the new run's outputs
    (both runs number their prompts [1]..[n]).
    """
    wait_kernel_idle(page)
    page.evaluate(
        "() => document.querySelectorAll('.jp-OutputArea-output')"
        ".forEach(o => o.setAttribute('data-cc-stale', '1'))"
    )
    page.get_by_role("menuitem", name="Kernel", exact=True).click()
    page.get_by_role("menuitem", name="Restart Kernel and Run All Cells…").click()
    page.locator(".jp-Dialog .jp-mod-accept").click()
    page.wait_for_function(
        "() => document.querySelectorAll('[data-cc-stale]').length === 0",
        timeout=timeout,
    )
    wait_all_run(page, code_cells=code_cells, timeout=timeout)


def wait_all_run(page, *, code_cells: int, timeout: float) -> None:
    page.wait_for_function(
        """(n) => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
            return prompts.length === n && prompts.every(p => /^\\[\\d+\\]:$/.test(p.textContent.trim()));
        }""",
        arg=code_cells,
        timeout=timeout,
    )
    wait_kernel_idle(page, timeout=timeout)
