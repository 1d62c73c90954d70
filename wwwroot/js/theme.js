// Light or dark: follows the operating system until the reader chooses, then remembers the choice (localStorage).
// Loaded in <head> so a stored choice applies before the first paint; wires the header's toggle once the page is there
// and again after Blazor's enhanced navigation replaces the header.
(() => {
    const key = 'theme';
    let memory = null; // when storage is blocked, the choice lasts for this page only
    const stored = () => { try { return localStorage.getItem(key) ?? memory; } catch { return memory; } };
    const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;
    const isDark = () => (stored() ?? (systemDark() ? 'dark' : 'light')) === 'dark';
    const apply = () => {
        const choice = stored();
        if (choice) document.documentElement.dataset.theme = choice; else delete document.documentElement.dataset.theme;
        const button = document.getElementById('theme-toggle');
        if (!button) return;
        button.hidden = false;
        button.setAttribute('aria-pressed', String(isDark()));
        if (button.dataset.wired) return;
        button.dataset.wired = '1';
        button.addEventListener('click', () => {
            memory = isDark() ? 'light' : 'dark';
            try { localStorage.setItem(key, memory); } catch { /* storage blocked: kept in memory */ }
            apply();
        });
    };
    apply();
    document.addEventListener('DOMContentLoaded', () => {
        apply();
        window.Blazor?.addEventListener?.('enhancedload', apply);
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
})();
