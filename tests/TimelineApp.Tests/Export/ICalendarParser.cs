using System.Text;

namespace TimelineApp.Tests.Export;

/// <summary>
/// A small RFC 5545 reader written for the tests, independent of the exporter: it checks the physical form (CRLF only,
/// at most 75 octets a line, BEGIN/END balanced) and unfolds the content lines into components.
/// </summary>
public sealed class ICalendarParser
{
    public sealed record Property(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);

    public sealed class Component(string name)
    {
        public string Name { get; } = name;
        public List<Property> Properties { get; } = [];
        public List<Component> Children { get; } = [];
        public Property this[string name] => Properties.Single(p => p.Name == name);
        public Property? Find(string name) => Properties.SingleOrDefault(p => p.Name == name);
    }

    public static Component Parse(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        Assert.EndsWith("\r\n", text);
        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\r', line);
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}");
        }
        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t')) logical[^1] += line[1..];
            else logical.Add(line);
        }
        var stack = new Stack<Component>();
        Component? root = null;
        foreach (var line in logical)
        {
            var p = ParseProperty(line);
            if (p.Name == "BEGIN")
            {
                var c = new Component(p.Value);
                if (stack.Count > 0) stack.Peek().Children.Add(c); else root = c;
                stack.Push(c);
            }
            else if (p.Name == "END")
            {
                Assert.Equal(stack.Pop().Name, p.Value);
            }
            else stack.Peek().Properties.Add(p);
        }
        Assert.Empty(stack);
        return root!;
    }

    private static Property ParseProperty(string line)
    {
        var colon = -1;
        var quoted = false;
        for (var i = 0; i < line.Length && colon < 0; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ':' && !quoted) colon = i;
        }
        Assert.True(colon > 0, $"not a content line: {line}");
        var head = line[..colon].Split(';');
        var parameters = head.Skip(1).Select(x => x.Split('=', 2)).ToDictionary(x => x[0], x => x[1]);
        return new Property(head[0], parameters, line[(colon + 1)..]);
    }

    /// <summary>A TEXT value with its escapes undone.</summary>
    public static string Unescape(string value)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length) { sb.Append(value[i]); continue; }
            var next = value[++i];
            sb.Append(next is 'n' or 'N' ? '\n' : next);
        }
        return sb.ToString();
    }
}
