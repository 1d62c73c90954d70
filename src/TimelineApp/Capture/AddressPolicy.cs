using System.Net;
using System.Net.Sockets;

namespace TimelineApp.Capture;

/// <summary>
/// Which IP addresses a capture may connect to: public unicast only. Loopback, private, link-local (with the cloud
/// metadata address 169.254.169.254), carrier-grade NAT, reserved, multicast, IPv6 unique-local and addresses that
/// embed an IPv4 one (mapped, NAT64) are refused, the embedded address being judged as itself.
/// </summary>
public static class AddressPolicy
{
    private static readonly (IPAddress Network, int Bits, string Name)[] Refused4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "a \"this network\" address"),
        (IPAddress.Parse("10.0.0.0"), 8, "a private address"),
        (IPAddress.Parse("100.64.0.0"), 10, "a carrier-grade NAT address"),
        (IPAddress.Parse("127.0.0.0"), 8, "a loopback address"),
        (IPAddress.Parse("169.254.0.0"), 16, "a link-local or cloud metadata address"),
        (IPAddress.Parse("172.16.0.0"), 12, "a private address"),
        (IPAddress.Parse("192.0.0.0"), 24, "a reserved address"),
        (IPAddress.Parse("192.0.2.0"), 24, "a documentation address"),
        (IPAddress.Parse("192.168.0.0"), 16, "a private address"),
        (IPAddress.Parse("198.18.0.0"), 15, "a benchmarking address"),
        (IPAddress.Parse("198.51.100.0"), 24, "a documentation address"),
        (IPAddress.Parse("203.0.113.0"), 24, "a documentation address"),
        (IPAddress.Parse("224.0.0.0"), 4, "a multicast address"),
        (IPAddress.Parse("240.0.0.0"), 4, "a reserved address"),
    ];

    private static readonly (IPAddress Network, int Bits, string Name)[] Refused6 =
    [
        (IPAddress.Parse("fc00::"), 7, "a unique-local (private) address"),
        (IPAddress.Parse("fe80::"), 10, "a link-local address"),
        (IPAddress.Parse("fec0::"), 10, "a site-local address"),
        (IPAddress.Parse("ff00::"), 8, "a multicast address"),
        (IPAddress.Parse("2001:db8::"), 32, "a documentation address"),
        (IPAddress.Parse("100::"), 64, "a discard address"),
    ];

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");

    /// <summary>Null when the address is public; otherwise what kind of address it is.</summary>
    public static string? WhyRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return WhyRefused(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return Refused4.FirstOrDefault(r => InNetwork(address, r.Network, r.Bits)).Name;
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return "not an internet address";
        if (address.Equals(IPAddress.IPv6Loopback)) return "a loopback address";
        if (address.Equals(IPAddress.IPv6None)) return "an unspecified address";
        if (InNetwork(address, Nat64, 96)) return WhyRefused(new IPAddress(address.GetAddressBytes()[12..]));
        var bytes = address.GetAddressBytes();
        // IPv4-compatible (::a.b.c.d, deprecated) addresses reach the embedded IPv4 address on some stacks.
        if (bytes[..12].All(b => b == 0)) return WhyRefused(new IPAddress(bytes[12..]));
        return Refused6.FirstOrDefault(r => InNetwork(address, r.Network, r.Bits)).Name;
    }

    /// <summary>Whether an address lies in one of the CIDR networks given (e.g. "10.20.0.0/16"); malformed entries match nothing.</summary>
    public static bool InAnyNetwork(IPAddress address, IEnumerable<string> networks)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        foreach (var cidr in networks)
        {
            var parts = cidr.Split('/');
            if (parts.Length == 2 && IPAddress.TryParse(parts[0], out var network) && int.TryParse(parts[1], out var bits)
                && bits >= 0 && bits <= network.GetAddressBytes().Length * 8 && InNetwork(address, network, bits)) return true;
        }
        return false;
    }

    private static bool InNetwork(IPAddress address, IPAddress network, int bits)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        if (a.Length != n.Length) return false;
        for (var i = 0; i < bits / 8; i++)
            if (a[i] != n[i]) return false;
        var rest = bits % 8;
        if (rest == 0) return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (a[bits / 8] & mask) == (n[bits / 8] & mask);
    }
}
