/** `fetched` with the file path `from` (a query parameter's value, as code-server's `vscode-remote-resource?path=`) changed to `to`. */
export function servedUrl(fetched: string, from: string, to: string): string | undefined {
    let url: URL;
    try {
        url = new URL(fetched);
    } catch {
        return undefined;
    }
    for (const [key, value] of url.searchParams) {
        if (value !== from) continue;
        url.searchParams.set(key, to);
        return url.toString();
    }
    return undefined;
}
