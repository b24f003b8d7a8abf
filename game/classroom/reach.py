"""Whether students' games can reach the collector. A code that sends to 127.0.0.1 reaches
only the teacher's own computer, and a server listening on 127.0.0.1 hears only that
computer: both are easy slips the night before a lesson, and both cost every result sent."""

import ipaddress
import socket

EVERY_NETWORK = ("0.0.0.0", "::", "")


def is_loopback(host: str) -> bool:
    """127.x.x.x, ::1 or localhost: this computer only."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host.lower() == "localhost"


def not_one_computer(host: str) -> str | None:
    """Why a code's collect address reaches no teacher's computer, or None. 0.0.0.0 is what
    `class serve --host` listens on, easily copied into --collect; a game that sends to it
    (or to a group or the broadcast address) sends every result nowhere."""
    address = ipaddress.IPv4Address(host)
    if address.is_unspecified or address.is_multicast or address.packed == b"\xff" * 4:
        return (
            f"{address} is not one computer's address, so students' games could not send "
            "results there; use the teacher machine's number on the school network, "
            "e.g. 192.168.1.20"
        )
    return None


def reaches(listening: tuple[str, int], collect: tuple[str, int]) -> bool:
    """Can a game that sends to `collect` reach a server listening on `listening`? A host
    name the server was given cannot be checked, so it is trusted."""
    host, port = listening
    to_host, to_port = collect
    if port != to_port:
        return False
    if host in EVERY_NETWORK:
        return True
    if is_loopback(host):
        return is_loopback(to_host)
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return True
    return host == to_host


def network_address() -> str | None:
    """This computer's address on the network its default route uses, or None. Connecting
    a UDP socket sends nothing; it only picks the outgoing address."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            address = str(probe.getsockname()[0])
        except OSError:
            return None
    return None if is_loopback(address) or address == "0.0.0.0" else address


def loopback_code_warning(host: str, port: int, address: str | None) -> str:
    """What to tell a teacher whose code sends results to this computer only."""
    if address:
        fix = (
            f"This computer's address on the school network looks like {address}: "
            f"make the code with --collect {address}:{port}."
        )
    else:
        fix = "Use this computer's address on the school network (the teacher guide says how)."
    return (
        f"{host} means this computer only, so games on students' computers cannot send "
        f"results there. {fix}"
    )


def unreachable_warning(listening: tuple[str, int], collects: list[tuple[str, int]]) -> str | None:
    """One line when no session code sends its results to where this server listens."""
    if not collects or any(reaches(listening, c) for c in collects):
        return None
    host, port = listening
    targets = sorted({f"{h}:{p}" for h, p in collects})
    shown = ", ".join(targets[:3]) + (f" and {len(targets) - 3} more" if len(targets) > 3 else "")
    ports = sorted({p for _, p in collects})
    fix = f"--host 0.0.0.0 --port {ports[0]}" if len(ports) == 1 else "--host 0.0.0.0"
    only = " (this computer only)" if is_loopback(host) else ""
    return (
        f"the session codes send results to {shown}, but this server listens on "
        f"{host}:{port}{only}, so students' games cannot reach it: start it with {fix}"
    )
