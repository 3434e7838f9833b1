import pytest

from bot.ingest.addresses import internal_address


@pytest.mark.parametrize("host", [
    "127.0.0.1",        # loopback
    "10.20.30.40",      # private
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata service
    "100.64.0.7",       # carrier-grade NAT
    "0.0.0.0",
    "[::1]",            # IPv6 loopback, as it appears in a URL
    "::ffff:10.0.0.1",  # IPv4 mapped into IPv6
    "fd00::1",          # IPv6 unique local
    "localhost",        # a name that resolves inward
])
def test_internal_hosts_are_named(host):
    assert internal_address(host) is not None


@pytest.mark.parametrize("host", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_public_addresses_pass(host):
    assert internal_address(host) is None


def test_a_name_that_does_not_resolve_is_left_to_the_download():
    assert internal_address("no-such-host.invalid") is None
