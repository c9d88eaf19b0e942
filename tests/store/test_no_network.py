"""The suite itself runs with network sockets disabled (pytest-socket); Unix sockets stay allowed."""

from __future__ import annotations

import socket

import pytest
from pytest_socket import SocketBlockedError

pytestmark = pytest.mark.filterwarnings("ignore:A test tried to use socket")


@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_network_sockets_are_blocked(family) -> None:
    with pytest.raises(SocketBlockedError):
        socket.socket(family, socket.SOCK_STREAM)


def test_connecting_out_is_blocked() -> None:
    with pytest.raises(SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)


def test_unix_sockets_are_allowed_for_the_keyring() -> None:
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()
