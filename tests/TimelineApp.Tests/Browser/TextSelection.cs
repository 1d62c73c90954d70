using Microsoft.Playwright;

namespace TimelineApp.Tests.Browser;

public static class TextSelection
{
    /// <summary>
    /// Selects from the first words to the last ones inside an element, the way a mouse drag would,
    /// also across the marks and links a page puts inside the text.
    /// </summary>
    public static Task SelectTextAsync(this IPage page, string elementId, string from, string to) => page.EvaluateAsync("""
        ([id, from, to]) => {
            const walker = document.createTreeWalker(document.getElementById(id), NodeFilter.SHOW_TEXT);
            const nodes = [];
            let text = '';
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                nodes.push({ node, start: text.length });
                text += node.textContent;
            }
            const at = text.indexOf(from);
            const end = at < 0 ? -1 : text.indexOf(to, at) + to.length;
            if (at < 0 || end < to.length) throw new Error('words not found in the text');
            const where = (offset, isEnd) => {
                const n = nodes.find(n => isEnd ? offset <= n.start + n.node.textContent.length : offset < n.start + n.node.textContent.length);
                return [n.node, offset - n.start];
            };
            const range = document.createRange();
            range.setStart(...where(at, false));
            range.setEnd(...where(end, true));
            document.getSelection().removeAllRanges();
            document.getSelection().addRange(range);
        }
        """, new[] { elementId, from, to });
}
