"""The app opens no network connection: sockets are blocked while the main flows run."""

from __future__ import annotations

import socket

import pytest

from tuoyu_desktop.cli import main
from tuoyu_desktop.services import Signer, Workspace

PASS = "no network passphrase"

pytestmark = pytest.mark.slow  # long runs: deselect with -m "not slow"

@pytest.fixture
def no_network(monkeypatch):
    """Every way to reach the network raises, and is recorded."""
    attempts = []

    def refuse(what):
        def blocked(*args, **kwargs):
            attempts.append((what, args[1:] if what.startswith("socket.") else args))
            raise OSError(f"network blocked by test: {what}")
        return blocked

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "getnameinfo"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def run(capsys, *argv) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out + err


def test_main_flows_open_no_connection(no_network, capsys, tmp_path):
    facility, district = tmp_path / "facility", tmp_path / "district"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")

    # CLI: demo, finalise, identities, export signed, sign again, verify, import, backup
    code, out = run(capsys, "--data-dir", facility, "demo")
    assert code == 0, out
    assessment_id = out.strip().splitlines()[-1]
    assert run(capsys, "--data-dir", facility, "export", assessment_id, "-o", tmp_path / "draft.pdf")[0] == 0
    assert run(capsys, "--data-dir", facility, "finalise", assessment_id)[0] == 0
    code, out = run(capsys, "identity", "new", tmp_path / "director.p12", "--name", "李红梅", "--role", "机构负责人",
                    "--organisation", "阳光宝贝托育中心", "--passphrase-file", secret)
    assert code == 0, out
    code, out = run(capsys, "ca", "init", tmp_path / "root.p12", "--district", "朝阳区卫生健康委员会",
                    "--certificate", tmp_path / "root.pem", "--passphrase-file", secret)
    assert code == 0, out
    code, out = run(capsys, "ca", "issue", tmp_path / "root.p12", tmp_path / "issued.p12", "--authority-passphrase-file",
                    secret, "--passphrase-file", secret, "--name", "赵敏", "--role", "督导员", "--organisation", "朝阳区")
    assert code == 0, out
    signed = tmp_path / "signed.pdf"
    code, out = run(capsys, "--data-dir", facility, "export", assessment_id, "-o", signed, "--sign",
                    tmp_path / "director.p12", "--passphrase-file", secret, "--declare", "机构负责人",
                    "--declare", "督导员=赵敏")
    assert code == 0, out
    code, out = run(capsys, "sign", signed, "--identity", tmp_path / "issued.p12", "--passphrase-file", secret)
    assert code == 0, out
    # verification with a district root as trust anchor: the path where revocation fetching could happen
    code, out = run(capsys, "identity", "export-cert", tmp_path / "director.p12", "-o", tmp_path / "director.pem",
                    "--passphrase-file", secret)
    assert code == 0, out
    code, out = run(capsys, "--data-dir", district, "verify", signed, "--trust", tmp_path / "root.pem",
                    "--trust", tmp_path / "director.pem")
    assert code == 0, out
    for certificate in ("root.pem", "director.pem"):
        assert run(capsys, "--data-dir", district, "trust", "add", tmp_path / certificate)[0] == 0
    code, out = run(capsys, "--data-dir", district, "import", signed)
    assert code == 0, out
    assert run(capsys, "--data-dir", facility, "backup")[0] == 0

    # the same through the services
    workspace = Workspace.open(tmp_path / "services")
    try:
        other = workspace.assessments.create_demo()
        workspace.assessments.finalise(other)
        report = workspace.reports.export_pdf(other, tmp_path / "services.pdf", signers=[Signer(tmp_path / "director.p12", PASS)])
        workspace.trust.add((tmp_path / "root.pem").read_bytes())
        workspace.trust.add((tmp_path / "director.pem").read_bytes())
        assert workspace.trust.verify(signed).exit_code == 0
        assert workspace.trust.verify(report).exit_code == 0
        assert not workspace.received.import_file(signed).duplicate
        workspace.backups.take()
    finally:
        workspace.close()

    assert no_network == []


def test_the_block_itself_works(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(OSError):
        socket.socket().connect(("127.0.0.1", 9))
    assert len(no_network) == 2
